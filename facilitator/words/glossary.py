"""The glossary of the steps (``facilitator.plan.glossary``) for the documents: the same
translations as the app's (``ui/translations``, context "glossary")."""

from __future__ import annotations

#: English source → (Russian, Persian, Turkish)
GLOSSARY: dict[str, tuple[str, str, str]] = {
    "Session & people": ("Сессия и участники", "نشست و افراد", "Oturum ve kişiler"),
    "Who takes part: the range states (countries), the regions they form, and the participants with their country, role and whether they vote.": (
        "Кто участвует: страны ареала, образуемые ими регионы и участники — их страна, роль и право голоса.",
        "چه کسانی شرکت دارند: کشورهای گستره، منطقه\u200cهایی که می\u200cسازند، و شرکت\u200cکنندگان با کشور، نقش و اینکه رأی می\u200cدهند یا نه.",
        "Kimler katılıyor: yayılış ülkeleri, oluşturdukları bölgeler ve katılımcılar; ülkeleri, rolleri ve oy verip vermedikleri.",
    ),
    "Vision": ("Видение", "چشم\u200cانداز", "Vizyon"),
    "An inspiring picture of the next 25–50 years: the ideal future for the species, meant as a source of inspiration.": (
        "Вдохновляющая картина следующих 25–50 лет: идеальное будущее вида как источник вдохновения.",
        "تصویری الهام\u200cبخش از ۲۵ تا ۵۰ سال آینده: آیندهٔ آرمانی گونه، به\u200cعنوان سرچشمهٔ الهام.",
        "Önümüzdeki 25–50 yılın ilham veren bir resmi: türün ideal geleceği, bir ilham kaynağı olarak.",
    ),
    "Goal": ("Цель", "هدف کلان", "Amaç"),
    "A more concrete intention than the Vision: a feasible, realistic and measurable aim for the next 10–20 years.": (
        "Более конкретное намерение, чем видение: выполнимая, реалистичная и измеримая цель на 10–20 лет.",
        "قصدی مشخص\u200cتر از چشم\u200cانداز: هدفی شدنی، واقع\u200cبینانه و سنجش\u200cپذیر برای ۱۰ تا ۲۰ سال آینده.",
        "Vizyondan daha somut bir niyet: önümüzdeki 10–20 yıl için yapılabilir, gerçekçi ve ölçülebilir bir amaç.",
    ),
    "Problem tree": ("Дерево проблем", "درخت مسئله", "Sorun ağacı"),
    "Threats are the immediate causes of harm (current or emerging); Drivers are their root causes and can drive other Drivers; Constraints do no harm themselves but let Threats and Drivers act. Links run from cause to effect.": (
        "Угрозы — непосредственные причины вреда (текущие или возникающие); движущие факторы — их коренные причины, они могут влиять и на другие факторы; ограничения сами не вредят, но позволяют действовать угрозам и факторам. Связи идут от причины к следствию.",
        "تهدیدها علت\u200cهای مستقیم آسیب\u200cاند (کنونی یا نوظهور)؛ عوامل محرک علت\u200cهای ریشه\u200cای آن\u200cها هستند و می\u200cتوانند عوامل محرک دیگر را برانگیزند؛ محدودیت\u200cها خود آسیبی نمی\u200cزنند اما به تهدیدها و عوامل محرک میدان می\u200cدهند. پیوندها از علت به معلول است.",
        "Tehditler zararın doğrudan nedenleridir (mevcut ya da yeni ortaya çıkan); etkenler onların kök nedenleridir ve başka etkenleri de tetikleyebilir; kısıtlar kendileri zarar vermez ama tehditlerin ve etkenlerin etkisine izin verir. Bağlantılar nedenden sonuca gider.",
    ),
    "Threat ranking": ("Ранжирование угроз", "رتبه\u200cبندی تهدیدها", "Tehdit sıralaması"),
    "Every Driver and Threat is scored per country for importance/severity (0 = non-existent, 1 = minor, 2 = medium, 3 = major) and for the capacity to address it (1 = poor, 2 = medium, 3 = good); '-' means unknown. Constraints are not ranked. A country's figure is the mean of its votes; within a region, the mean of its votes given in that region's working group (else of its votes given without a region). A region's figure is its working group's mean where it voted as a whole, else the mean of its countries' figures within it; brackets beside it name countries that differ, in the region's order. The range-wide figure is the mean of the region figures; a country in no region counts as a region of its own. A vote can be closed and run again in a new round on the items whose votes spread widely.": (
        "Каждый движущий фактор и каждая угроза оцениваются по странам: важность/серьёзность (0 = отсутствует, 1 = низкая, 2 = средняя, 3 = высокая) и потенциал для противодействия (1 = слабый, 2 = средний, 3 = хороший); «-» означает «неизвестно». Ограничения не ранжируются. Оценка страны — среднее её голосов; внутри региона — среднее её голосов, поданных в рабочей группе этого региона (иначе — поданных без региона). Оценка региона — среднее его рабочей группы, если она голосовала целиком, иначе — среднее оценок его стран в нём; в скобках рядом названы страны с другой оценкой, в порядке региона. Оценка по всему ареалу — среднее оценок регионов; страна вне регионов считается отдельным регионом. Голосование можно закрыть и провести новый тур по пунктам с большим разбросом голосов.",
        "هر عامل محرک و هر تهدید برای هر کشور از نظر اهمیت/شدت (0 = ناموجود، 1 = کم، 2 = متوسط، 3 = زیاد) و توان رویارویی با آن (1 = ضعیف، 2 = متوسط، 3 = خوب) امتیاز می\u200cگیرد؛ «-» یعنی نامعلوم. محدودیت\u200cها رتبه\u200cبندی نمی\u200cشوند. رقم هر کشور میانگین رأی\u200cهای آن است؛ درون یک منطقه، میانگین رأی\u200cهایی که در گروه کاری آن منطقه داده (وگرنه رأی\u200cهای بدون منطقه). رقم منطقه میانگین گروه کاری آن است اگر یکجا رأی داده باشد، وگرنه میانگین رقم\u200cهای کشورهایش در آن منطقه؛ پرانتزِ کنار آن کشورهایی را که رقمشان فرق دارد به ترتیب منطقه نام می\u200cبرد. رقم کل گستره میانگین رقم\u200cهای منطقه\u200cهاست؛ کشوری که در هیچ منطقه\u200cای نیست خود یک منطقه به شمار می\u200cآید. رأی\u200cگیری را می\u200cتوان بست و برای مواردی که رأی\u200cهایشان پراکندگی زیادی دارد دور تازه\u200cای برگزار کرد.",
        "Her etken ve tehdit ülke başına önem/ciddiyet (0 = yok, 1 = küçük, 2 = orta, 3 = büyük) ve onunla başa çıkma kapasitesi (1 = zayıf, 2 = orta, 3 = iyi) için puanlanır; '-' bilinmiyor demektir. Kısıtlar sıralanmaz. Bir ülkenin değeri oylarının ortalamasıdır; bir bölge içinde, o bölgenin çalışma grubunda verdiği oyların ortalamasıdır (yoksa bölgesiz verdiği oyların). Bir bölgenin değeri, bir bütün olarak oy verdiyse çalışma grubunun ortalamasıdır, yoksa ülkelerinin o bölgedeki değerlerinin ortalaması; yanındaki parantezler farklı olan ülkeleri bölgenin sırasıyla adlandırır. Tüm yayılış alanı değeri bölge değerlerinin ortalamasıdır; hiçbir bölgede olmayan bir ülke kendi başına bir bölge sayılır. Bir oylama kapatılıp oyları çok dağılan maddelerde yeni bir turla yeniden yapılabilir.",
    ),
    "Objectives": ("Задачи", "هدف\u200cها", "Hedefler"),
    "Numbered aims that support reaching the Goal and directly address important Threats and Drivers, grouped under a few general themes.": (
        "Пронумерованные задачи, которые помогают достичь цели и прямо направлены на важные угрозы и движущие факторы; сгруппированы в несколько общих тем.",
        "هدف\u200cهای شماره\u200cداری که به رسیدن به هدف کلان کمک می\u200cکنند و مستقیم به تهدیدها و عوامل محرک مهم می\u200cپردازند، در چند موضوع کلی دسته\u200cبندی شده\u200cاند.",
        "Amaca ulaşmayı destekleyen ve önemli tehditleri ve etkenleri doğrudan ele alan, birkaç genel tema altında toplanmış numaralı hedefler.",
    ),
    "Results": ("Результаты", "نتیجه\u200cها", "Sonuçlar"),
    "What must be achieved to reach an Objective, numbered objective.result; SMART: specific, measurable, achievable, relevant and time-bound, each with an indicator.": (
        "Что нужно достичь для выполнения задачи; нумерация задача.результат; SMART: конкретные, измеримые, достижимые, значимые и ограниченные по времени, у каждого — индикатор.",
        "آنچه برای رسیدن به یک هدف باید به دست آید، با شماره\u200cگذاری هدف.نتیجه؛ SMART: مشخص، سنجش\u200cپذیر، دست\u200cیافتنی، مرتبط و زمان\u200cمند، هر یک با شاخصی.",
        "Bir hedefe ulaşmak için başarılması gereken, hedef.sonuç diye numaralanan; SMART: belirli, ölçülebilir, ulaşılabilir, ilgili ve zamana bağlı, her biri bir göstergeyle.",
    ),
    "Activities": ("Мероприятия", "فعالیت\u200cها", "Faaliyetler"),
    "Actions that achieve a Result, numbered objective.result.activity, each with a timeline, actor(s), indicator and a rough budget.": (
        "Действия для достижения результата; нумерация задача.результат.мероприятие; у каждого — сроки, исполнители, индикатор и примерный бюджет.",
        "کارهایی که به یک نتیجه می\u200cرسانند، با شماره\u200cگذاری هدف.نتیجه.فعالیت، هر یک با زمان\u200cبندی، مجری(ها)، شاخص و بودجهٔ تقریبی.",
        "Bir sonuca ulaştıran, hedef.sonuç.faaliyet diye numaralanan eylemler; her biri zaman çizelgesi, uygulayıcı(lar), gösterge ve yaklaşık bütçeyle.",
    ),
    "Prioritisation": ("Приоритизация", "اولویت\u200cبندی", "Önceliklendirme"),
    "Each voter gives every Activity a priority for their country: 1 = low, 2 = medium, 3 = high. The overall priority is the mean of the country priorities.": (
        "Каждый голосующий задаёт каждому мероприятию приоритет для своей страны: 1 = низкий, 2 = средний, 3 = высокий. Общий приоритет — среднее приоритетов стран.",
        "هر رأی\u200cدهنده به هر فعالیت برای کشورش اولویتی می\u200cدهد: 1 = پایین، 2 = متوسط، 3 = بالا. اولویت کلی میانگین اولویت\u200cهای کشورهاست.",
        "Her oy veren, ülkesi için her faaliyete bir öncelik verir: 1 = düşük, 2 = orta, 3 = yüksek. Genel öncelik, ülke önceliklerinin ortalamasıdır.",
    ),
    "LogFrame": ("LogFrame", "LogFrame", "LogFrame"),
    "The tabulated summary: the Goal, then each Objective with its Results and their Activities, with indicator, timeline, actor, budget and priority.": (
        "Сводная таблица: цель, затем каждая задача с её результатами и их мероприятиями — с индикатором, сроками, исполнителем, бюджетом и приоритетом.",
        "خلاصهٔ جدولی: هدف کلان، سپس هر هدف با نتیجه\u200cها و فعالیت\u200cهایشان، با شاخص، زمان\u200cبندی، مجری، بودجه و اولویت.",
        "Tablo hâlinde özet: amaç, ardından her hedef sonuçları ve onların faaliyetleriyle; gösterge, zaman çizelgesi, uygulayıcı, bütçe ve öncelikle.",
    ),
    "Monitoring": ("Мониторинг", "پایش", "İzleme"),
    "Later, for each Activity: the actions taken so far per country, who implemented them and when, their status, and recommendations (including proposed priority changes).": (
        "Позже, по каждому мероприятию: принятые меры по странам, кто и когда их выполнил, их статус и рекомендации (в том числе предлагаемые изменения приоритета).",
        "بعدها، برای هر فعالیت: اقدام\u200cهای انجام\u200cشده تا کنون برای هر کشور، چه کسی و کی آن\u200cها را اجرا کرد، وضعیتشان و توصیه\u200cها (از جمله تغییرهای پیشنهادی اولویت).",
        "Daha sonra, her faaliyet için: ülke başına şimdiye dek yapılan eylemler, onları kimin ne zaman uyguladığı, durumları ve öneriler (önerilen öncelik değişiklikleri dahil).",
    ),
    "Export": ("Экспорт", "خروجی", "Dışa aktar"),
    "The documents for the rapporteur: the LogFrame matrix, the score tables and the session minutes as PDF, and every table as a spreadsheet.": (
        "Документы для докладчика: матрица LogFrame, таблицы оценок и протокол сессии в PDF, а также каждая таблица в виде электронной таблицы.",
        "سندهای گزارشگر: ماتریس LogFrame، جدول\u200cهای امتیاز و صورت\u200cجلسهٔ نشست به\u200cصورت PDF، و هر جدول به\u200cصورت صفحه\u200cگسترده.",
        "Raportör için belgeler: LogFrame matrisi, puan tabloları ve oturum tutanağı PDF olarak, her tablo da hesap tablosu olarak.",
    ),
}
