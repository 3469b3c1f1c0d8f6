"""A phone, as the server sees it: JSON over HTTP with the standard library."""

from __future__ import annotations

import json
import urllib.error
import urllib.request


class Phone:
    def __init__(self, address: str, device: str = "phone-1"):
        self.address = address.rstrip("/")
        self.device = device
        self.token = ""

    def request(self, method: str, path: str, body: object = None, raw: bytes | None = None):
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        req = urllib.request.Request(
            self.address + path,
            method=method,
            data=data,
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def join(self, code: str):
        return self.request("POST", "/api/join", {"code": code})

    def claim(self, code: str, participant: int):
        status, body = self.request(
            "POST", "/api/claim", {"code": code, "participant": participant, "device": self.device}
        )
        if status == 200:
            self.token = body["token"]
        return status, body

    def claim_personal(self, key: str):
        status, body = self.request("POST", "/api/claim", {"key": key, "device": self.device})
        if status == 200:
            self.token = body["token"]
        return status, body

    def ballot(self):
        return self.request("GET", "/api/ballot")

    def vote(self, scope: str, target: int, criterion: str, value: str):
        body = {"scope": scope, "target": target, "criterion": criterion, "value": value}
        return self.request("POST", "/api/vote", body)
