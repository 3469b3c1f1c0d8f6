"""The ballots' and the country returns' words: what a participant or a focal point reads."""

from __future__ import annotations

#: English source → (Russian, Persian, Turkish)
BALLOTS: dict[str, tuple[str, str, str]] = {
    # the ballot's title block (column A's labels are also read back, in any language)
    "ZOPP ballot: {vote}": (
        "Бюллетень ZOPP: {vote}",
        "برگهٔ رأی ZOPP: {vote}",
        "ZOPP oy pusulası: {vote}",
    ),
    "Workshop": ("Семинар", "کارگاه", "Çalıştay"),
    "Participant number": ("Номер участника", "شمارهٔ شرکت‌کننده", "Katılımcı numarası"),
    "Votes for": ("Голосует от имени", "رأی از سوی", "Adına oy verilen"),
    "Ballot": ("Бюллетень", "برگهٔ رأی", "Oy pusulası"),
    "Id": ("№", "شناسه", "No"),
    "{name} (region)": ("{name} (регион)", "{name} (منطقه)", "{name} (bölge)"),
    "{country} — in {region}": (
        "{country} — в рабочей группе {region}",
        "{country} — در گروه کاری {region}",
        "{country} — {region} çalışma grubunda",
    ),
    "← write the country code or region you vote for": (
        "← впишите код страны или регион, от имени которых вы голосуете",
        "→ کد کشور یا نام منطقه‌ای را که از سوی آن رأی می‌دهید بنویسید",
        "← adına oy verdiğiniz ülkenin kodunu ya da bölgeyi yazın",
    ),
    "the country or region you write in '{votes_for}'": (
        "страны или региона, указанных в поле «{votes_for}»",
        "کشور یا منطقه‌ای که در «{votes_for}» می‌نویسید",
        "'{votes_for}' alanına yazdığınız ülke ya da bölge",
    ),
    # the notes above the scores
    "Write '-' where you don't know or it does not apply; leave a cell empty if you don't answer.": (
        "Поставьте «-», если не знаете или пункт неприменим; оставьте ячейку пустой, если не отвечаете.",
        "اگر نمی‌دانید یا مورد ندارد «-» بنویسید؛ اگر پاسخ نمی‌دهید خانه را خالی بگذارید.",
        "Bilmiyorsanız ya da geçerli değilse '-' yazın; yanıt vermiyorsanız hücreyi boş bırakın.",
    ),
    "Scores you gave earlier are filled in: change them if you wish.": (
        "Ваши прежние оценки уже вписаны: при желании измените их.",
        "امتیازهایی که پیش‌تر داده‌اید پر شده‌اند: اگر بخواهید تغییرشان دهید.",
        "Daha önce verdiğiniz puanlar doldurulmuştur: dilerseniz değiştirin.",
    ),
    "A cell left empty keeps any score you gave earlier.": (
        "Пустая ячейка сохраняет вашу прежнюю оценку, если она была.",
        "خانهٔ خالی امتیازی را که پیش‌تر داده‌اید نگه می‌دارد.",
        "Boş bırakılan hücre daha önce verdiğiniz puanı korur.",
    ),
    "Score for {scope} only; to score for another country or a region, write its code or name in '{votes_for}'. Don't change the {id} column.": (
        "Оценивайте только от имени {scope}; чтобы оценить от имени другой страны или региона, впишите её код или название в поле «{votes_for}». Не меняйте столбец «{id}».",
        "فقط از سوی {scope} امتیاز دهید؛ برای امتیاز دادن از سوی کشور یا منطقه‌ای دیگر، کد یا نام آن را در «{votes_for}» بنویسید. ستون «{id}» را تغییر ندهید.",
        "Yalnızca {scope} adına puan verin; başka bir ülke ya da bölge adına puan vermek için kodunu ya da adını '{votes_for}' alanına yazın. '{id}' sütununu değiştirmeyin.",
    ),
    "Not on the scale": ("Вне шкалы", "خارج از مقیاس", "Ölçekte yok"),
    "Or '-' for unknown.": (
        "Или «-», если неизвестно.",
        "یا «-» برای نامعلوم.",
        "Ya da bilinmiyorsa '-'.",
    ),
    # the country monitoring return
    "Implementation report — {country} ({code})": (
        "Отчёт о выполнении — {country} ({code})",
        "گزارش اجرا — {country} ({code})",
        "Uygulama raporu — {country} ({code})",
    ),
    "One row per action taken; copy a row to report a second action for an activity. Leave the grey columns as they are.": (
        "Одна строка на каждую принятую меру; чтобы сообщить о второй мере по мероприятию, скопируйте строку. Серые столбцы не изменяйте.",
        "برای هر اقدام انجام‌شده یک ردیف؛ برای گزارش اقدام دوم یک فعالیت، ردیف را رونوشت کنید. ستون‌های خاکستری را دست نزنید.",
        "Yapılan her çalışma için bir satır; bir faaliyetin ikinci çalışmasını bildirmek için satırı kopyalayın. Gri sütunları olduğu gibi bırakın.",
    ),
    "Activity id": ("Код мероприятия", "شناسهٔ فعالیت", "Faaliyet kimliği"),
    "Activity text": ("Текст мероприятия", "متن فعالیت", "Faaliyet metni"),
    "Action taken": ("Принятая мера", "اقدام انجام‌شده", "Yapılan çalışma"),
    "Choose one of: {choices}": (
        "Выберите одно из: {choices}",
        "یکی از این‌ها را برگزینید: {choices}",
        "Şunlardan birini seçin: {choices}",
    ),
    "High/Medium": ("Высокий/средний", "بالا/متوسط", "Yüksek/Orta"),
    "Medium/Low": ("Средний/низкий", "متوسط/پایین", "Orta/Düşük"),
}
