"""The fixed words of the exported documents in the language chosen at export.

A document's language is apart from the app's: ``export_document(..., language="ru")``
writes it in Russian whatever the app speaks. Writers call ``word("Indicator")``;
while ``document_language("ru")`` is active that gives the Russian word, otherwise the
English source. Parameters use ``str.format`` names (``"page {page} of {pages}"``).
Users' own texts (objectives, names …) are never translated.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from facilitator.i18n import LANGUAGES, SOURCE_LANGUAGE, check_language

__all__ = [
    "SOURCE_LANGUAGE",
    "current",
    "document_language",
    "every_language",
    "fixed",
    "in_cell",
    "is_rtl",
    "word",
]
from facilitator.words.ballots import BALLOTS
from facilitator.words.compare import COMPARE
from facilitator.words.glossary import GLOSSARY
from facilitator.words.minutes import MINUTES
from facilitator.words.monitoring import MONITORING
from facilitator.words.sheets import SHEETS

_language: ContextVar[str] = ContextVar("document_language", default=SOURCE_LANGUAGE)

#: English source → (Russian, Persian, Turkish)
_CATALOGUE: dict[str, tuple[str, str, str]] = {
    # page furniture and title block
    "page {page} of {pages}": (
        "стр. {page} из {pages}",
        "صفحهٔ {page} از {pages}",
        "sayfa {page} / {pages}",
    ),
    "Species": ("Вид", "گونه", "Tür"),
    "Meeting": ("Встреча", "نشست", "Toplantı"),
    "Place": ("Место", "مکان", "Yer"),
    "Dates": ("Даты", "تاریخ‌ها", "Tarihler"),
    "Document": ("Документ", "سند", "Belge"),
    # LogFrame
    "LogFrame matrix": ("Матрица LogFrame", "ماتریس LogFrame", "LogFrame matrisi"),
    "LogFrame": ("LogFrame", "LogFrame", "LogFrame"),
    "Vision": ("Видение", "چشم‌انداز", "Vizyon"),
    "Goal": ("Цель", "هدف کلان", "Amaç"),
    "(not adopted yet)": ("(ещё не принято)", "(هنوز تصویب نشده)", "(henüz kabul edilmedi)"),
    "No.": ("№", "شماره", "No."),
    "Objective / Result / Activity": (
        "Задача / Результат / Мероприятие",
        "هدف / نتیجه / فعالیت",
        "Hedef / Sonuç / Faaliyet",
    ),
    "Indicator": ("Индикатор", "شاخص", "Gösterge"),
    "Timeline": ("Сроки", "زمان‌بندی", "Zaman çizelgesi"),
    "Actor(s)": ("Исполнители", "مجری(ها)", "Uygulayıcı(lar)"),
    "Budget": ("Бюджет", "بودجه", "Bütçe"),
    "Priority": ("Приоритет", "اولویت", "Öncelik"),
    "Objective: {text}": ("Задача: {text}", "هدف: {text}", "Hedef: {text}"),
    "Theme: {theme}": ("Тема: {theme}", "موضوع: {theme}", "Tema: {theme}"),
    "Result: {text}": ("Результат: {text}", "نتیجه: {text}", "Sonuç: {text}"),
    "(see Activity {numbers})": (
        "(см. мероприятие {numbers})",
        "(نگاه کنید به فعالیت {numbers})",
        "(bkz. Faaliyet {numbers})",
    ),
    "Narrative summary": ("Краткое описание", "خلاصهٔ روایی", "Anlatı özeti"),
    "Objectively verifiable indicators": (
        "Индикаторы (объективно проверяемые)",
        "شاخص‌های قابل سنجش عینی",
        "Göstergeler (nesnel olarak doğrulanabilir)",
    ),
    "Means of verification": ("Средства проверки", "ابزار راستی‌آزمایی", "Doğrulama araçları"),
    "Assumptions and risks": ("Допущения и риски", "فرض‌ها و خطرها", "Varsayımlar ve riskler"),
    "Baseline": ("Исходный уровень", "خط پایه", "Başlangıç değeri"),
    "Target": ("Целевое значение", "مقدار هدف", "Hedef değer"),
    "(see Activities {numbers})": (
        "(см. мероприятия {numbers})",
        "(نگاه کنید به فعالیت‌های {numbers})",
        "(bkz. Faaliyetler {numbers})",
    ),
    "(programme of work: {programme})": (
        "(программа работ: {programme})",
        "(برنامهٔ کار: {programme})",
        "(çalışma programı: {programme})",
    ),
    "Total:": ("Итого:", "جمع:", "Toplam:"),
    "in {count} currencies, see activities": (
        "в {count} валютах, см. мероприятия",
        "به {count} ارز، نگاه کنید به فعالیت‌ها",
        "{count} para biriminde, bkz. faaliyetler",
    ),
    "plus 1 budget as written": (
        "и ещё 1 бюджет в записанном виде",
        "به‌علاوهٔ ۱ بودجه به همان صورت نوشته‌شده",
        "ayrıca yazıldığı gibi 1 bütçe",
    ),
    "plus {count} budgets as written": (
        "и ещё бюджетов в записанном виде: {count}",
        "به‌علاوهٔ {count} بودجه به همان صورت نوشته‌شده",
        "ayrıca yazıldığı gibi {count} bütçe",
    ),
    "No objectives yet.": ("Задач пока нет.", "هنوز هدفی نیست.", "Henüz hedef yok."),
    "not prioritised": ("приоритет не задан", "اولویت‌بندی نشده", "önceliklendirilmedi"),
    "High (≥ {limit}): {countries}": (
        "Высокий (≥ {limit}): {countries}",
        "بالا ({limit} و بیشتر): {countries}",
        "Yüksek (≥ {limit}): {countries}",
    ),
    # score tables
    "Score tables": ("Таблицы оценок", "جدول‌های امتیاز", "Puan tabloları"),
    "Threat ranking table": (
        "Таблица ранжирования угроз",
        "جدول رتبه‌بندی تهدیدها",
        "Tehdit sıralama tablosu",
    ),
    "Drivers and Threats ranked across the whole range, highest importance first.": (
        "Движущие факторы и угрозы, ранжированные по всему ареалу, начиная с самых важных.",
        "عوامل محرک و تهدیدها در کل گستره، به ترتیب از مهم‌ترین.",
        "Tüm yayılış alanında sıralanan etkenler ve tehditler, en önemliden başlayarak.",
    ),
    "Importance/severity: 0 = non-existent, 1 = minor, 2 = medium, 3 = major.": (
        "Важность/серьёзность: 0 = отсутствует, 1 = низкая, 2 = средняя, 3 = высокая.",
        "اهمیت/شدت: 0 = ناموجود، 1 = کم، 2 = متوسط، 3 = زیاد.",
        "Önem/ciddiyet: 0 = yok, 1 = küçük, 2 = orta, 3 = büyük.",
    ),
    "Capacity to address it: 1 = poor, 2 = medium, 3 = good.": (
        "Потенциал для противодействия: 1 = слабый, 2 = средний, 3 = хороший.",
        "توان رویارویی: 1 = ضعیف، 2 = متوسط، 3 = خوب.",
        "Başa çıkma kapasitesi: 1 = zayıf, 2 = orta, 3 = iyi.",
    ),
    "Priority: 1 = low, 2 = medium, 3 = high.": (
        "Приоритет: 1 = низкий, 2 = средний, 3 = высокий.",
        "اولویت: 1 = پایین، 2 = متوسط، 3 = بالا.",
        "Öncelik: 1 = düşük, 2 = orta, 3 = yüksek.",
    ),
    "'-' = unknown or not applicable; 'Not filled in' = no answer given.": (
        "«-» = неизвестно или неприменимо; «Не заполнено» = ответа нет.",
        "«-» = نامعلوم یا نامربوط؛ «پر نشده» = پاسخی داده نشده.",
        "'-' = bilinmiyor ya da geçerli değil; 'Doldurulmadı' = yanıt verilmedi.",
    ),
    "Drivers": ("Движущие факторы", "عوامل محرک", "Etkenler"),
    "Threats": ("Угрозы", "تهدیدها", "Tehditler"),
    "Importance/severity": ("Важность/серьёзность", "اهمیت/شدت", "Önem/ciddiyet"),
    "Capacity": ("Потенциал", "توان", "Kapasite"),
    "Overall": ("В целом", "کلی", "Genel"),
    "Constraints (not ranked)": (
        "Ограничения (не ранжируются)",
        "محدودیت‌ها (رتبه‌بندی نمی‌شوند)",
        "Kısıtlar (sıralanmaz)",
    ),
    "Threats ranked by regions and countries": (
        "Угрозы по регионам и странам",
        "رتبه‌بندی تهدیدها به تفکیک منطقه و کشور",
        "Bölge ve ülkelere göre sıralanan tehditler",
    ),
    "Regions: {names}. A country whose own figure differs from its region's is shown in brackets, e.g. 2.0 (TM 1.5). Footnotes in [ ] come from notes on cells.": (
        "Регионы: {names}. Если оценка страны отличается от оценки её региона, она дана в скобках, напр. 2.0 (TM 1.5). Сноски в [ ] взяты из заметок к ячейкам.",
        "منطقه‌ها: {names}. کشوری که رقمش با رقم منطقه‌اش فرق دارد در پرانتز آمده است، مثلاً 2.0 (TM 1.5). پانویس‌های [ ] از یادداشت‌های خانه‌هاست.",
        "Bölgeler: {names}. Kendi değeri bölgesininkinden farklı olan ülke parantez içinde gösterilir, ör. 2.0 (TM 1.5). [ ] içindeki dipnotlar hücre notlarından gelir.",
    ),
    "No regions are defined: one column per country.": (
        "Регионы не заданы: по столбцу на страну.",
        "منطقه‌ای تعریف نشده است: برای هر کشور یک ستون.",
        "Bölge tanımlı değil: ülke başına bir sütun.",
    ),
    "Activity": ("Мероприятие", "فعالیت", "Faaliyet"),
    "No activities yet.": ("Мероприятий пока нет.", "هنوز فعالیتی نیست.", "Henüz faaliyet yok."),
    "Activities prioritised by country": (
        "Приоритеты мероприятий по странам",
        "اولویت فعالیت‌ها به تفکیک کشور",
        "Ülkelere göre faaliyet öncelikleri",
    ),
    "Overall = mean of the country priorities.": (
        "«В целом» = среднее приоритетов стран.",
        "«کلی» = میانگین اولویت‌های کشورها.",
        "Genel = ülke önceliklerinin ortalaması.",
    ),
}

#: the minutes', the monitoring overview's and the spreadsheets' words, and the glossary
_CATALOGUE = {**GLOSSARY, **MINUTES, **MONITORING, **SHEETS, **COMPARE, **BALLOTS, **_CATALOGUE}

_INDEX = {code: i for i, code in enumerate(c for c in LANGUAGES if c != SOURCE_LANGUAGE)}


def source_words() -> list[str]:
    """Every English source the catalogue translates."""
    return list(_CATALOGUE)


def word(source: str, /, **params: object) -> str:
    """``source`` in the current document language, with ``params`` filled in."""
    code = _language.get()
    translated = source
    if code != SOURCE_LANGUAGE and source in _CATALOGUE:
        translated = _CATALOGUE[source][_INDEX[code]]
    return translated.format(**params) if params else translated


def fixed(text: str) -> str:
    """A fixed word the core put into a table cell ("Driver", "Not filled in", "done") in the
    document language; any other text (what the workshop typed) as it is."""
    code = _language.get()
    if code == SOURCE_LANGUAGE or text not in _CATALOGUE:
        return text
    return _CATALOGUE[text][_INDEX[code]]


def in_cell(text: str) -> str:
    """A figure cell's text in the document language: "Not filled in", also inside the brackets
    of a region's figure ("2.0 (IR Not filled in)")."""
    if _language.get() == SOURCE_LANGUAGE:
        return text
    for missing in ("Not filled in", "not filled in"):
        text = text.replace(missing, fixed(missing))
    return text


def every_language(source: str) -> list[str]:
    """``source`` in English and in each translation: what a returned workbook may say,
    whatever language it was written in (readers match labels against all of them)."""
    return [source, *_CATALOGUE.get(source, ())]


def current() -> str:
    return _language.get()


def is_rtl() -> bool:
    """True while the documents are written in a right-to-left language (Persian)."""
    return _language.get() in RTL_LANGUAGES


#: document languages that read right to left: tables mirrored, text aligned right
RTL_LANGUAGES = {"fa"}


@contextmanager
def document_language(code: str | None) -> Iterator[str]:
    """Write the documents made inside this block in ``code`` (English when None)."""
    token = _language.set(check_language(code or SOURCE_LANGUAGE))
    try:
        yield _language.get()
    finally:
        _language.reset(token)
