"""The comparison's words (then versus now, PDF and XLSX)."""

from __future__ import annotations

#: English source → (Russian, Persian, Turkish)
COMPARE: dict[str, tuple[str, str, str]] = {
    "Then versus now": ("Тогда и сейчас", "آن زمان و اکنون", "O zaman ve şimdi"),
    "then versus now": ("тогда и сейчас", "آن زمان و اکنون", "o zaman ve şimdi"),
    "Then versus now — {title}": (
        "Тогда и сейчас — {title}",
        "آن زمان و اکنون — {title}",
        "O zaman ve şimdi — {title}",
    ),
    "Table": ("Таблица", "جدول", "Tablo"),
    "Item or activity": ("Элемент или мероприятие", "مورد یا فعالیت", "Öğe ya da faaliyet"),
    "Region or country": ("Регион или страна", "منطقه یا کشور", "Bölge ya da ülke"),
    "Region": ("Регион", "منطقه", "Bölge"),
    "Then": ("Тогда", "آن زمان", "O zaman"),
    "Now": ("Сейчас", "اکنون", "Şimdi"),
    "Change": ("Изменение", "تغییر", "Değişim"),
    "Priorities": ("Приоритеты", "اولویت‌ها", "Öncelikler"),
    "new": ("новое", "تازه", "yeni"),
    "gone": ("исчезло", "حذف‌شده", "kalktı"),
    "Then: {title}": ("Тогда: {title}", "آن زمان: {title}", "O zaman: {title}"),
    "Now: {title}": ("Сейчас: {title}", "اکنون: {title}", "Şimdi: {title}"),
    "Matched {matched} items and activities ({uuid} by identity, {label} by label); {changed} of {figures} figures changed.": (
        "Сопоставлено элементов и мероприятий: {matched} ({uuid} по идентификатору, {label} по названию); изменилось показателей: {changed} из {figures}.",
        "{matched} مورد و فعالیت جفت شدند ({uuid} با شناسه، {label} با عنوان)؛ {changed} رقم از {figures} رقم تغییر کرد.",
        "{matched} öğe ve faaliyet eşleşti ({uuid} kimlikle, {label} adla); {figures} değerden {changed} tanesi değişti.",
    ),
    "Only then: {items}": (
        "Только тогда: {items}",
        "فقط آن زمان: {items}",
        "Yalnız o zaman: {items}",
    ),
    "Only now: {items}": ("Только сейчас: {items}", "فقط اکنون: {items}", "Yalnız şimdi: {items}"),
    "No figure changed.": (
        "Ни один показатель не изменился.",
        "هیچ رقمی تغییر نکرد.",
        "Hiçbir değer değişmedi.",
    ),
    "Summary": ("Сводка", "خلاصه", "Özet"),
    "Changed": ("Изменилось", "تغییرکرده", "Değişenler"),
    "All figures": ("Все показатели", "همهٔ رقم‌ها", "Tüm değerler"),
}
