"""The spreadsheets' and CSV files' words: column names, sheet names, the LogFrame sheet's levels."""

from __future__ import annotations

#: English source → (Russian, Persian, Turkish)
SHEETS: dict[str, tuple[str, str, str]] = {
    # column names of the tables (``documents.spreadsheet.HEADER_WORDS``)
    "Kind": ("Тип", "نوع", "Tür"),
    "Driver or threat": ("Движущий фактор или угроза", "عامل محرک یا تهدید", "Etken ya da tehdit"),
    "Criterion": ("Критерий", "معیار", "Ölçüt"),
    "Importance": ("Важность", "اهمیت", "Önem"),
    "Text": ("Текст", "متن", "Metin"),
    "Participant": ("Участник", "شرکت‌کننده", "Katılımcı"),
    "Country or region": ("Страна или регион", "کشور یا منطقه", "Ülke ya da bölge"),
    "Working group": ("Рабочая группа", "گروه کاری", "Çalışma grubu"),
    "Driver, threat or activity": (
        "Движущий фактор, угроза или мероприятие",
        "عامل محرک، تهدید یا فعالیت",
        "Etken, tehdit ya da faaliyet",
    ),
    "Vote": ("Голос", "رأی", "Oy"),
    "Round": ("Тур", "دور", "Tur"),
    "Voting": ("Голосование", "رأی‌گیری", "Oylama"),
    "Given at": ("Время голоса", "زمان رأی", "Verildiği zaman"),
    "Votes": ("Голосует", "رأی می‌دهد", "Oy veriyor"),
    "Votes cast": ("Подано голосов", "رأی‌های داده‌شده", "Verilen oylar"),
    "yes": ("да", "بله", "evet"),
    "no": ("нет", "خیر", "hayır"),
    "threat ranking": ("ранжирование угроз", "رتبه‌بندی تهدیدها", "tehdit sıralaması"),
    "prioritisation": ("определение приоритетов", "اولویت‌بندی", "önceliklendirme"),
    "round {n} mean": ("тур {n}, среднее", "دور {n}، میانگین", "{n}. tur ortalama"),
    "round {n} spread": ("тур {n}, разброс", "دور {n}، پراکندگی", "{n}. tur yayılım"),
    "round {n} votes": ("тур {n}, голосов", "دور {n}، رأی‌ها", "{n}. tur oy sayısı"),
    # sheet names (at most 31 characters)
    "threats": ("Угрозы", "تهدیدها", "Tehditler"),
    "threats-by-region": (
        "Угрозы по регионам",
        "تهدیدها به تفکیک منطقه",
        "Bölgelere göre tehditler",
    ),
    "threats-by-country": ("Угрозы по странам", "تهدیدها به تفکیک کشور", "Ülkelere göre tehditler"),
    "priorities": ("Приоритеты", "اولویت‌ها", "Öncelikler"),
    "participants": ("Участники", "شرکت‌کنندگان", "Katılımcılar"),
    "constraints": ("Ограничения", "محدودیت‌ها", "Kısıtlar"),
    "votes": ("Голоса", "رأی‌ها", "Oylar"),
    "rounds": ("Туры", "دورها", "Turlar"),
    # the LogFrame sheet
    "Level": ("Уровень", "سطح", "Düzey"),
    "Result": ("Результат", "نتیجه", "Sonuç"),
    "Budget as written": (
        "Бюджет (как записан)",
        "بودجه (به همان صورت نوشته‌شده)",
        "Bütçe (yazıldığı gibi)",
    ),
    "Budget amount": ("Сумма бюджета", "مبلغ بودجه", "Bütçe tutarı"),
    "Priority (overall)": ("Приоритет (в целом)", "اولویت (کلی)", "Öncelik (genel)"),
    "High priority (≥ {limit}) in": (
        "Высокий приоритет (≥ {limit}) в",
        "اولویت بالا ({limit} و بیشتر) در",
        "Yüksek öncelik (≥ {limit}) olan",
    ),
}
