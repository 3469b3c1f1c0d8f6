<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ActivityDetail</name>
    <message>
        <source>Recommendation for this activity (rewording, urgency, …)</source>
        <extracomment>share of the table&apos;s width per column (the table keeps them when resized)</extracomment>
        <translation>توصیه برای این فعالیت (بازنویسی، فوریت، …)</translation>
    </message>
    <message>
        <source>Codes of the programme&apos;s items, e.g. 1.1.1, 1.1.2</source>
        <translation>کدهای بندهای برنامه، مثلاً 1.1.1، 1.1.2</translation>
    </message>
    <message>
        <source>Programme items:</source>
        <translation>بندهای برنامه:</translation>
    </message>
    <message>
        <source>Actions taken (type in the last row to add one; Delete removes):</source>
        <translation>اقدام‌های انجام‌شده (برای افزودن در ردیف آخر بنویسید؛ Delete حذف می‌کند):</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>توصیه:</translation>
    </message>
    <message>
        <source>Proposed priority:</source>
        <translation>اولویت پیشنهادی:</translation>
    </message>
    <message>
        <source>Choose an activity on the left.</source>
        <translation>یک فعالیت را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Add a review (New review…) to record what was done.</source>
        <translation>برای ثبت کارهای انجام‌شده یک بازبینی بیفزایید (بازبینی تازه…).</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Workshop activities:</source>
        <translation>فعالیت‌های کارگاه:</translation>
    </message>
    <message>
        <source>None yet: link them from an activity of the plan</source>
        <translation>هنوز هیچ: آن‌ها را از یک فعالیت برنامه پیوند دهید</translation>
    </message>
    <message>
        <source>There is no programme item {0}; import the programme of work first.</source>
        <translation>بند برنامهٔ {0} وجود ندارد؛ نخست برنامهٔ کار را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;فعالیت:</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;زمان‌بندی:</translation>
    </message>
    <message>
        <source>e.g. 2023–2025</source>
        <translation>مثلاً 2023–2025</translation>
    </message>
    <message>
        <source>Act&amp;or(s):</source>
        <translation>&amp;مجری(ها):</translation>
    </message>
    <message>
        <source>who carries it out</source>
        <translation>چه کسی انجام می‌دهد</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;شاخص:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;بودجه:</translation>
    </message>
    <message>
        <source>a rough figure</source>
        <translation>رقمی تقریبی</translation>
    </message>
    <message>
        <source>&amp;See activities:</source>
        <translation>&amp;نگاه کنید به فعالیت‌ها:</translation>
    </message>
    <message>
        <source>numbers, e.g. 1.1.4, 2.3.1</source>
        <translation>شماره‌ها، مثلاً 1.1.4، 2.3.1</translation>
    </message>
    <message>
        <source>&amp;Programme items:</source>
        <translation>&amp;بندهای برنامه:</translation>
    </message>
    <message>
        <source>codes, e.g. CAMI PoW 19.3</source>
        <translation>کدها، مثلاً CAMI PoW 19.3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activity {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;فعالیت {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ActivityTree</name>
    <message>
        <source>Activities of the plan</source>
        <translation>فعالیت‌های برنامه</translation>
    </message>
    <message>
        <source>Programme of work</source>
        <translation>برنامهٔ کار</translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>(activity kind, activity id) of the chosen activity</extracomment>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Objective </source>
        <translation>هدف </translation>
    </message>
</context>
<context>
    <name>BallotPreviewDialog</name>
    <message>
        <source>Import ballots</source>
        <translation>وارد کردن برگه‌های رأی</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>چه ایرادی دارد</translation>
    </message>
    <message>
        <source>Skip the rows with problems (they are not imported; the rest is)</source>
        <translation>ردیف‌های دارای ایراد را کنار بگذار (آن‌ها وارد نمی‌شوند؛ بقیه وارد می‌شود)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>پرونده‌ها: {0}</translation>
    </message>
    <message>
        <source>What will change, per country:</source>
        <translation>چه چیزی تغییر می‌کند، به تفکیک کشور:</translation>
    </message>
    <message>
        <source>What will change, per participant:</source>
        <translation>آنچه تغییر می‌کند، برای هر شرکت‌کننده:</translation>
    </message>
    <message>
        <source>Problems ({0}):</source>
        <translation>ایرادها ({0}):</translation>
    </message>
    <message>
        <source>Nothing can be read from these files for any country.</source>
        <translation>از این پرونده‌ها برای هیچ کشوری چیزی خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Nothing can be read from these files for any participant.</source>
        <translation>از این پرونده‌ها برای هیچ شرکت‌کننده‌ای چیزی خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Nothing will be imported while problems remain: fix the files and import them again, or skip the rows with problems.</source>
        <translation>تا وقتی مشکلی باقی است چیزی وارد نمی‌شود: پرونده‌ها را اصلاح کنید و دوباره وارد کنید، یا از سطرهای دارای مشکل بگذرید.</translation>
    </message>
    <message>
        <source>The import is one step: Undo takes it back.</source>
        <translation>وارد کردن یک گام است: «واگرد» آن را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Then versus now</source>
        <translation>آن زمان و اکنون</translation>
    </message>
    <message>
        <source>Only the figures that changed</source>
        <translation>فقط رقم‌هایی که تغییر کرده‌اند</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>خروجی مقایسه</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
        <translation>سند PDF (*.pdf);;صفحه‌گسترده (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>The comparison was written to {0}.</source>
        <translation>مقایسه در {0} نوشته شد.</translation>
    </message>
    <message>
        <source>Compare with an earlier session</source>
        <translation>مقایسه با نشست پیشین</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>چیزی برای مقایسه نیست</translation>
    </message>
    <message>
        <source>Start from an earlier workshop</source>
        <translation>شروع از کارگاه پیشین</translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation>نشست ساخته نشد</translation>
    </message>
    <message>
        <source>Seed the plan from a Miradi project</source>
        <translation>ساختن آغاز برنامه از پروژهٔ Miradi</translation>
    </message>
    <message>
        <source>Miradi projects (*.xmpz2);;All files (*)</source>
        <translation>پروژه‌های Miradi (*.xmpz2);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>چیزی وارد نشد</translation>
    </message>
    <message>
        <source>Imported {0} problem-tree items, {1} links, {2} objectives and {3} activities from {4}. Undo takes it back.</source>
        <translation>از {4} وارد شد: {0} جزء درخت مسئله، {1} پیوند، {2} هدف و {3} فعالیت. واگرد آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>منتقل نشد:</translation>
    </message>
    <message>
        <source>Miradi project imported</source>
        <translation>پروژهٔ Miradi وارد شد</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Threat ranking, threats by region and country, activity priorities per country; as a spreadsheet, every table on its own sheet (CSV: one file each).</source>
        <translation>رتبه‌بندی تهدیدها، تهدیدها به تفکیک منطقه و کشور، اولویت فعالیت‌ها برای هر کشور؛ در صفحه‌گسترده هر جدول در برگهٔ خودش (CSV: هر جدول یک پرونده).</translation>
    </message>
    <message>
        <source>Vision, Goal, objectives, results and activities with indicators, baseline and target, means of verification, assumptions, timeline, actors, budget and priority; as Word, one editable table.</source>
        <translation>چشم‌انداز، هدف کلان، هدف‌ها، نتیجه‌ها و فعالیت‌ها با شاخص‌ها، خط پایه و مقدار هدف، ابزار راستی‌آزمایی، فرض‌ها، زمان‌بندی، مجریان، بودجه و اولویت؛ در Word یک جدول قابل ویرایش.</translation>
    </message>
    <message>
        <source>Everything for the rapporteur: glossary, participants, Vision, Goal, problem tree, tables, LogFrame, priorities and notes; as Word, with Word headings and tables to edit further.</source>
        <translation>همه چیز برای گزارشگر: واژه‌نامه، شرکت‌کنندگان، چشم‌انداز، هدف کلان، درخت مسئله، جدول‌ها، LogFrame، اولویت‌ها و یادداشت‌ها؛ در Word با سرفصل‌ها و جدول‌های Word برای ویرایش بیشتر.</translation>
    </message>
    <message>
        <source>Actions taken per activity and country, their status and recommendations.</source>
        <translation>اقدام‌های انجام‌شده برای هر فعالیت و کشور، وضعیت آن‌ها و توصیه‌ها.</translation>
    </message>
    <message>
        <source>The plan for Miradi (Conservation Standards): the problem tree as causes with a conceptual-model diagram, objectives as strategies, results as objectives, activities as tasks.</source>
        <translation>برنامه برای Miradi (استانداردهای باز حفاظت): درخت مسئله به صورت علت‌ها با نمودار مدل مفهومی، هدف‌ها به صورت راهبرد، نتیجه‌ها به صورت هدف، فعالیت‌ها به صورت کار.</translation>
    </message>
    <message>
        <source>The LogFrame for donors&apos; reporting (IATI 2.03): one activity, a result per objective and result with its indicators.</source>
        <translation>LogFrame برای گزارش به کمک‌کنندگان مالی (IATI 2.03): یک فعالیت، برای هر هدف و نتیجه یک نتیجه با شاخص‌هایش.</translation>
    </message>
    <message>
        <source>LogFrame matrix</source>
        <translation>ماتریس LogFrame</translation>
    </message>
    <message>
        <source>Score tables</source>
        <translation>جدول‌های امتیاز</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>صورت‌جلسهٔ نشست</translation>
    </message>
    <message>
        <source>Monitoring overview</source>
        <translation>گزارش پایش</translation>
    </message>
    <message>
        <source>Miradi project</source>
        <translation>پروژهٔ Miradi</translation>
    </message>
    <message>
        <source>IATI activity file</source>
        <translation>پروندهٔ فعالیت IATI</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <extracomment>kind → (name, what it holds)</extracomment>
        <translation>سند Word (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشهٔ Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (.csv)</source>
        <translation>پرونده‌های CSV (.csv)</translation>
    </message>
    <message>
        <source>Miradi project (.xmpz2)</source>
        <translation>پروژهٔ Miradi (.xmpz2)</translation>
    </message>
    <message>
        <source>IATI XML (.xml)</source>
        <translation>IATI XML (.xml)</translation>
    </message>
    <message>
        <source>Writing the {0} ({1})…</source>
        <extracomment>documents finished so far, and what is being written now files written, and one sentence per document that could not be written</extracomment>
        <translation>در حال نوشتن {0} ({1})…</translation>
    </message>
    <message>
        <source>The {0} could not be written ({1}).</source>
        <translation>{0} نوشته نشد ({1}).</translation>
    </message>
    <message>
        <source>The language of the documents&apos; headings, column names and page numbers; what the workshop typed stays as typed.</source>
        <extracomment>an export finished (files written or problems shown) what the running export left out on purpose, said with its result</extracomment>
        <translation>زبان سرعنوان‌ها، نام ستون‌ها و شمارهٔ صفحه‌های سندها؛ آنچه در کارگاه نوشته شده همان‌گونه می‌ماند.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>انتخاب پوشه…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Export all documents</source>
        <translation>خروجی همهٔ سندها</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>باز کردن پرونده</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>ذخیره در:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>سند:</translation>
    </message>
    <message>
        <source>Save the documents in</source>
        <translation>ذخیرهٔ سندها در</translation>
    </message>
    <message>
        <source>The monitoring overview was left out: add a review in the Monitoring step first.</source>
        <translation>گزارش پایش کنار گذاشته شد: نخست در گام «پایش» یک بازبینی بیفزایید.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال ساخت خروجی…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>ذخیره شد: {0}</translation>
    </message>
</context>
<context>
    <name>FigureDetails</name>
    <message>
        <source>Select a figure (or a dot of the chart) to see the votes behind it.</source>
        <extracomment>the figure&apos;s key and the footnote typed for it (&apos;&apos; removes it)</extracomment>
        <translation>یک عدد (یا نقطه‌ای از نمودار) را برگزینید تا رأی‌های پشت آن را ببینید.</translation>
    </message>
    <message>
        <source>Show votes</source>
        <translation>نمایش رأی‌ها</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>رأی‌دهنده</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>رأی</translation>
    </message>
    <message>
        <source>Footnote:</source>
        <translation>پانویس:</translation>
    </message>
    <message>
        <source>printed under the score tables; Enter keeps it, an empty field removes it</source>
        <translation>زیر جدول‌های امتیاز چاپ می‌شود؛ Enter آن را نگه می‌دارد و خانهٔ خالی آن را حذف می‌کند</translation>
    </message>
    <message>
        <source>range-wide</source>
        <translation>در کل گستره</translation>
    </message>
    <message>
        <source>{0} of {1}, {2}: {3} — {4}</source>
        <translation>{0} برای {1}، {2}: {3} — {4}</translation>
    </message>
    <message>
        <source>Hide votes</source>
        <translation>پنهان کردن رأی‌ها</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Vision: {0}</source>
        <translation>چشم‌انداز: {0}</translation>
    </message>
    <message>
        <source>No Vision is adopted yet.</source>
        <translation>هنوز چشم‌اندازی تصویب نشده است.</translation>
    </message>
</context>
<context>
    <name>ImportanceCapacityChart</name>
    <message>
        <source>Importance {0}, capacity {1}</source>
        <extracomment>a dot was clicked: the item&apos;s id</extracomment>
        <translation>اهمیت {0}، توان {1}</translation>
    </message>
    <message>
        <source>Importance/severity (0 = non-existent … 3 = major)</source>
        <translation>اهمیت/شدت (0 = ناموجود … 3 = زیاد)</translation>
    </message>
    <message>
        <source>Capacity (1 = poor … 3 = good)</source>
        <translation>توان (1 = ضعیف … 3 = خوب)</translation>
    </message>
    <message>
        <source>help needed most</source>
        <translation>بیشترین نیاز به کمک</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Constraints</source>
        <translation>محدودیت‌ها</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>عوامل محرک</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>تهدیدها</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;پیوند</translation>
    </message>
    <message>
        <source>Link the cause to the effect (Ctrl+Enter in either box does the same)</source>
        <translation>پیوند علت به معلول (Ctrl+Enter در هر یک از دو کادر همین کار را می‌کند)</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;علت:</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>&amp;معلول:</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>معلول</translation>
    </message>
    <message>
        <source>More than one item holds &apos;{0}&apos;: type more of the {1}, or choose it from the list.</source>
        <translation>بیش از یک مورد «{0}» را دارد: {1} را کامل‌تر بنویسید یا از فهرست برگزینید.</translation>
    </message>
    <message>
        <source>Choose the {0} from the list of items first.</source>
        <translation>نخست {0} را از فهرست برگزینید.</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>No phone has connected yet. If phones cannot open the address, the Wi-Fi probably keeps devices apart (client isolation): connect the laptop and the phones to a phone hotspot or a travel router instead, or carry on with the shared screen and ballots, which keep working.</source>
        <extracomment>how often the board and results are redrawn while phones vote (ms) after this long with no phone, say why phones may not reach the laptop (s)</extracomment>
        <translation>هنوز هیچ تلفنی وصل نشده است. اگر تلفن‌ها نشانی را باز نمی‌کنند، احتمالاً Wi-Fi دستگاه‌ها را از هم جدا نگه می‌دارد (جداسازی کاربران): لپ‌تاپ و تلفن‌ها را به هات‌اسپات یک تلفن یا یک روتر سفری وصل کنید، یا با صفحهٔ مشترک و برگه‌های رأی ادامه دهید که همچنان کار می‌کنند.</translation>
    </message>
    <message>
        <source>Start live voting</source>
        <translation>آغاز رأی‌گیری زنده</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>بستن رأی‌گیری</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>نمایش نتایج</translation>
    </message>
    <message>
        <source>Personal QR codes (PDF)…</source>
        <translation>کدهای QR شخصی (PDF)…</translation>
    </message>
    <message>
        <source>Release a phone…</source>
        <translation>آزاد کردن تلفن…</translation>
    </message>
    <message>
        <source>Let a participant sign in on another phone</source>
        <translation>اجازه دهید شرکت‌کننده‌ای با تلفن دیگری وارد شود</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>شبکه:</translation>
    </message>
    <message>
        <source>Scan the code, or open:</source>
        <translation>کد را اسکن کنید یا باز کنید:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>کد ورود:</translation>
    </message>
    <message>
        <source>Live voting needs a session saved as a file.</source>
        <translation>رأی‌گیری زنده به نشستی نیاز دارد که در پرونده ذخیره شده باشد.</translation>
    </message>
    <message>
        <source>Live voting could not start on {0}: {1}.</source>
        <translation>رأی‌گیری زنده روی {0} آغاز نشد: {1}.</translation>
    </message>
    <message>
        <source>Live voting is on at {0}; join code {1}.</source>
        <translation>رأی‌گیری زنده در {0} برقرار است؛ کد ورود {1}.</translation>
    </message>
    <message>
        <source>Live voting stopped; phones can no longer reach the laptop.</source>
        <translation>رأی‌گیری زنده متوقف شد؛ تلفن‌ها دیگر به لپ‌تاپ دسترسی ندارند.</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>بازگشایی رأی‌گیری</translation>
    </message>
    <message>
        <source>No participant is signed in on a phone.</source>
        <translation>هیچ شرکت‌کننده‌ای با تلفن وارد نشده است.</translation>
    </message>
    <message>
        <source>Release a phone</source>
        <translation>آزاد کردن تلفن</translation>
    </message>
    <message>
        <source>Let this participant sign in on another phone:</source>
        <translation>اجازه دهید این شرکت‌کننده با تلفن دیگری وارد شود:</translation>
    </message>
    <message>
        <source>{0} can now sign in on another phone.</source>
        <translation>{0} اکنون می‌تواند با تلفن دیگری وارد شود.</translation>
    </message>
    <message>
        <source>The participant can now sign in on another phone.</source>
        <translation>شرکت‌کننده اکنون می‌تواند با تلفن دیگری وارد شود.</translation>
    </message>
    <message>
        <source>Personal QR codes</source>
        <translation>کدهای QR شخصی</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be written to {0}: {1}.</source>
        <translation>برگه در {0} نوشته نشد: {1}.</translation>
    </message>
    <message>
        <source>Personal QR codes written to {0}.</source>
        <translation>کدهای QR شخصی در {0} نوشته شد.</translation>
    </message>
    <message>
        <source>Phones connected: {0}</source>
        <translation>تلفن‌های وصل‌شده: {0}</translation>
    </message>
</context>
<context>
    <name>LogFramePage</name>
    <message>
        <source>No Objectives yet: the matrix fills in as Objectives, Results and Activities are written.</source>
        <extracomment>column → width its longest unbreakable entry needs (timeline, budget)</extracomment>
        <translation>هنوز هدفی نیست: ماتریس با نوشتن هدف‌ها، نتیجه‌ها و فعالیت‌ها پر می‌شود.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What is this step?</source>
        <extracomment>the step list&apos;s width (pixels) at zoom 1.0: room for the longest step title the most characters of the workshop&apos;s title shown in the title bar</extracomment>
        <translation>این گام چیست؟</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;گام</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>نشست اخیری نیست</translation>
    </message>
    <message>
        <source>{0} is already open.</source>
        <translation>{0} از پیش باز است.</translation>
    </message>
    <message>
        <source>The session could not be opened</source>
        <translation>نشست باز نشد</translation>
    </message>
    <message>
        <source>The backup could not be copied</source>
        <translation>نسخهٔ پشتیبان رونوشت نشد</translation>
    </message>
    <message>
        <source>Opened {0}, a copy of {1}.</source>
        <translation>{0} باز شد، رونوشتی از {1}.</translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation>نشست ساخته نشد</translation>
    </message>
    <message>
        <source>No copy was saved</source>
        <translation>رونوشتی ذخیره نشد</translation>
    </message>
    <message>
        <source>{0} cannot be written there ({1}); choose another folder.</source>
        <translation>{0} را نمی‌توان آنجا نوشت ({1})؛ پوشهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <source>A copy of the session was saved as {0}.</source>
        <translation>رونوشتی از نشست با نام {0} ذخیره شد.</translation>
    </message>
    <message>
        <source>Undone: {0}. Redo with Ctrl+Shift+Z.</source>
        <translation>واگرد شد: {0}. ازنو با Ctrl+Shift+Z.</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>ازنو انجام شد: {0}.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>کارگاه بی‌نام</translation>
    </message>
    <message>
        <source>not saved to a file</source>
        <translation>در پرونده ذخیره نشده</translation>
    </message>
    <message>
        <source>saving typing…</source>
        <translation>در حال ذخیرهٔ نوشته‌ها…</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>همهٔ تغییرها ذخیره شد</translation>
    </message>
    <message>
        <source>in memory only</source>
        <translation>فقط در حافظه</translation>
    </message>
    <message>
        <source>Zoom {0} %</source>
        <translation>بزرگنمایی {0} ٪</translation>
    </message>
    <message>
        <source>Open a session first: the presenter view shows its steps.</source>
        <extracomment>the most of the window&apos;s width the step list takes before it shows numbers only</extracomment>
        <translation>ابتدا یک نشست را باز کنید: نمای ارائه گام‌های آن را نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
        <translation>سند PDF (*.pdf);;صفحه‌گسترده (*.xlsx)</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>بازبینی:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Actions taken since</source>
        <translation>اقدام‌ها از سال</translation>
    </message>
    <message>
        <source>Recommendations until</source>
        <translation>توصیه‌ها تا</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>New review…</source>
        <translation>بازبینی تازه…</translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation>حذف بازبینی</translation>
    </message>
    <message>
        <source>Import programme…</source>
        <translation>وارد کردن برنامه…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>Country returns…</source>
        <translation>گزارش‌های کشورها…</translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation>وارد کردن گزارش‌های کشورها…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Import a programme of work</source>
        <translation>وارد کردن برنامهٔ کار</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>صفحه‌گسترده‌ها (*.csv *.xlsx);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>وارد شد.</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>خروجی گزارش</translation>
    </message>
    <message>
        <source>The overview can be written as .pdf or .xlsx, not &apos;{0}&apos;.</source>
        <translation>گزارش را می‌توان به‌صورت ‎.pdf یا ‎.xlsx نوشت، نه «{0}».</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation>بازبینی تازه</translation>
    </message>
    <message>
        <source>e.g. Midterm review {0}</source>
        <translation>مثلاً بازبینی میان‌دوره {0}</translation>
    </message>
    <message>
        <source>Year the plan began, e.g. 2022</source>
        <translation>سال آغاز برنامه، مثلاً 2022</translation>
    </message>
    <message>
        <source>Nothing (an empty record)</source>
        <translation>هیچ (ثبت خالی)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Actions taken since:</source>
        <translation>اقدام‌ها از سال:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>شروع از:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Open round {0}</source>
        <translation>باز کردن دور {0}</translation>
    </message>
    <message>
        <source>Ask again about every item</source>
        <translation>پرسش دوباره دربارهٔ همهٔ موارد</translation>
    </message>
    <message>
        <source>Ask again only where the votes range at least</source>
        <translation>پرسش دوباره فقط جایی که دامنهٔ رأی‌ها دست‌کم</translation>
    </message>
    <message>
        <source>The highest vote minus the lowest, on any criterion</source>
        <translation>بالاترین رأی منهای پایین‌ترین، در هر معیار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Every vote given so far is kept as round {0}. The items asked again start empty; the others keep their figures.</source>
        <translation>همهٔ رأی‌های داده‌شده تا کنون به عنوان دور {0} نگه داشته می‌شوند. مواردی که دوباره پرسیده می‌شوند خالی آغاز می‌شوند؛ بقیه امتیازهای خود را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>All {0} items are asked again.</source>
        <translation>همهٔ {0} مورد دوباره پرسیده می‌شوند.</translation>
    </message>
    <message>
        <source>No item&apos;s votes range that far: no item is asked again.</source>
        <translation>دامنهٔ رأی‌های هیچ موردی به این اندازه نیست: هیچ موردی دوباره پرسیده نمی‌شود.</translation>
    </message>
    <message>
        <source>{0} of {1} items are asked again: {2}</source>
        <translation>{0} از {1} مورد دوباره پرسیده می‌شوند: {2}</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;هدف:</translation>
    </message>
    <message>
        <source>choose or type a new theme, then Enter</source>
        <translation>موضوعی برگزینید یا موضوع تازه بنویسید، سپس Enter</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;می‌پردازد به:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;هدف {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
</context>
<context>
    <name>OutlineWidget</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation>ردیفی را برگزینید تا جزئیاتش را ببینید.</translation>
    </message>
    <message>
        <source>Where the chain breaks (double-click or Enter to go there):</source>
        <translation>جاهایی که زنجیره می‌گسلد (برای رفتن دوبار کلیک یا Enter):</translation>
    </message>
    <message>
        <source>The chain holds: nothing to fix.</source>
        <translation>زنجیره پابرجاست: چیزی برای اصلاح نیست.</translation>
    </message>
    <message>
        <source>New objective: type and press Enter; paste adds one per line</source>
        <translation>هدف تازه: بنویسید و Enter بزنید؛ چسباندن هر سطر را جدا می‌افزاید</translation>
    </message>
    <message>
        <source>New result (first select the objective it belongs to): type and press Enter; paste adds one per line</source>
        <translation>نتیجهٔ تازه (نخست هدف آن را برگزینید): بنویسید و Enter بزنید؛ چسباندن هر سطر را جدا می‌افزاید</translation>
    </message>
    <message>
        <source>New result under objective {0}: type and press Enter; paste adds one per line</source>
        <translation>نتیجهٔ تازه زیر هدف {0}: بنویسید و Enter بزنید؛ چسباندن هر سطر را جدا می‌افزاید</translation>
    </message>
    <message>
        <source>New activity (first select the result it belongs to): type and press Enter; paste adds one per line</source>
        <translation>فعالیت تازه (نخست نتیجهٔ آن را برگزینید): بنویسید و Enter بزنید؛ چسباندن هر سطر را جدا می‌افزاید</translation>
    </message>
    <message>
        <source>New activity under result {0}: type and press Enter; paste adds one per line</source>
        <translation>فعالیت تازه زیر نتیجهٔ {0}: بنویسید و Enter بزنید؛ چسباندن هر سطر را جدا می‌افزاید</translation>
    </message>
    <message>
        <source>That change could not be made.</source>
        <translation>این تغییر انجام نشد.</translation>
    </message>
    <message>
        <source>Select the objective the new result belongs to first.</source>
        <translation>نخست هدفی را که نتیجهٔ تازه به آن تعلق دارد برگزینید.</translation>
    </message>
    <message>
        <source>Select the result the new activity belongs to first.</source>
        <translation>نخست نتیجه‌ای را که فعالیت تازه به آن تعلق دارد برگزینید.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>اقدام‌های انجام‌شده</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>اجرا شده توسط</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>توصیه‌ها</translation>
    </message>
    <message>
        <source>No action recorded.</source>
        <translation>اقدامی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Proposed priority:</source>
        <extracomment>a quiet note&apos;s colour, adjusted to the view&apos;s background in either theme</extracomment>
        <translation>اولویت پیشنهادی:</translation>
    </message>
    <message>
        <source> since {0}</source>
        <translation> از {0}</translation>
    </message>
    <message>
        <source>Objective </source>
        <translation>هدف </translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation>خلاصهٔ وضعیت</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Changes since {0}</source>
        <translation>تغییرها از {0}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>چه تغییر کرد</translation>
    </message>
    <message>
        <source>No activities to monitor yet: add activities in the Activities step, or import an external programme of work.</source>
        <translation>هنوز فعالیتی برای پایش نیست: در گام «فعالیت‌ها» فعالیت بیفزایید یا برنامهٔ کاری بیرونی را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The {0} step is not available in this version of ZOPP Facilitator.</source>
        <translation>گام «{0}» در این نسخهٔ ZOPP Facilitator در دسترس نیست.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>The system&apos;s language ({0})</source>
        <translation>زبان سیستم ({0})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>زبان تازه از اجرای بعدی برنامه به کار می‌رود.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Where do we want the species to be in 25–50 years?</source>
        <extracomment>the question the room answers in each step (others show the step&apos;s definition)</extracomment>
        <translation>می‌خواهیم این گونه در ۲۵ تا ۵۰ سال آینده کجا باشد؟</translation>
    </message>
    <message>
        <source>What do we want to achieve in the next 10–20 years?</source>
        <translation>در ۱۰ تا ۲۰ سال آینده به چه می‌خواهیم برسیم؟</translation>
    </message>
    <message>
        <source>What harms the species, what drives it, and what lets it happen?</source>
        <translation>چه چیزی به این گونه آسیب می‌زند، چه چیزی آن را پیش می‌راند و چه چیزی اجازهٔ رخ دادنش را می‌دهد؟</translation>
    </message>
    <message>
        <source>How important is each driver and threat (0 = non-existent … 3 = major), and how good is the capacity to address it (1 = poor … 3 = good)?</source>
        <translation>هر عامل محرک و تهدید چقدر مهم است (0 = ناموجود … 3 = زیاد) و توان مقابله با آن چقدر است (1 = ضعیف … 3 = خوب)؟</translation>
    </message>
    <message>
        <source>What priority has each activity for your country (1 = low … 3 = high)?</source>
        <translation>هر فعالیت برای کشور شما چه اولویتی دارد (1 = کم … 3 = زیاد)؟</translation>
    </message>
    <message>
        <source>ZOPP Facilitator — for the room</source>
        <extracomment>the smallest type (points on screen) the diagram is shown at before it scrolls instead</extracomment>
        <translation>ZOPP Facilitator — برای حاضران</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(هنوز نوشته نشده)</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>رأی‌دهنده</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>رأی</translation>
    </message>
    <message>
        <source>Voter {n}</source>
        <translation>رأی‌دهندهٔ {n}</translation>
    </message>
</context>
<context>
    <name>PrioritisationPage</name>
    <message>
        <source>All activities</source>
        <extracomment>the priorities filter: (label, (&apos;top&apos;, N) | (&apos;above&apos;, threshold) | None)</extracomment>
        <translation>همهٔ فعالیت‌ها</translation>
    </message>
    <message>
        <source>Top 10 overall</source>
        <translation>۱۰ مورد برتر در کل</translation>
    </message>
    <message>
        <source>Top 20 overall</source>
        <translation>۲۰ مورد برتر در کل</translation>
    </message>
    <message>
        <source>Overall 2.5 or more</source>
        <translation>در کل 2.5 یا بیشتر</translation>
    </message>
    <message>
        <source>Overall 2.0 or more</source>
        <translation>در کل 2.0 یا بیشتر</translation>
    </message>
    <message>
        <source>Click a column heading to sort.</source>
        <translation>برای مرتب‌سازی روی سرعنوان ستون کلیک کنید.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
</context>
<context>
    <name>ProblemTreePage</name>
    <message>
        <source>Type and press Enter to add the next; paste lines to add one item per line; Delete removes (Ctrl+Z brings it back); Alt+Up/Down moves</source>
        <translation>بنویسید و Enter بزنید تا بعدی افزوده شود؛ چسباندن سطرها هر سطر را یک مورد می‌افزاید؛ Delete حذف می‌کند (Ctrl+Z بازمی‌گرداند)؛ Alt+بالا/پایین جابه‌جا می‌کند</translation>
    </message>
    <message>
        <source>dashed: emerging  ┆ arrows: cause → effect</source>
        <translation>خط‌چین: نوظهور  ┆ پیکان‌ها: از علت به معلول</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>جا دادن</translation>
    </message>
    <message>
        <source>The whole tree in the window (zoom with + and −)</source>
        <translation>کل درخت در پنجره (بزرگ‌نمایی با + و −)</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>ذخیرهٔ تصویر…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG</source>
        <translation>ذخیرهٔ نمودار به صورت PNG یا SVG</translation>
    </message>
    <message>
        <source>Arrange afresh</source>
        <translation>چیدمان دوباره</translation>
    </message>
    <message>
        <source>Forget the boxes&apos; dragged places (Ctrl+Z brings them back)</source>
        <translation>فراموش کردن جای کشیده‌شدهٔ جعبه‌ها (Ctrl+Z آن‌ها را برمی‌گرداند)</translation>
    </message>
    <message>
        <source>Diagram only</source>
        <translation>فقط نمودار</translation>
    </message>
    <message>
        <source>Hide the lists and links to give the diagram the whole page (F6)</source>
        <translation>پنهان کردن فهرست‌ها و پیوندها تا نمودار همهٔ صفحه را بگیرد (F6)</translation>
    </message>
    <message>
        <source>Save the problem tree</source>
        <translation>ذخیرهٔ درخت مسئله</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>تصویر PNG (*.png);;نقشهٔ SVG (*.svg)</translation>
    </message>
    <message>
        <source>The picture could not be saved: {0}.</source>
        <translation>تصویر ذخیره نشد: {0}.</translation>
    </message>
    <message>
        <source>The problem tree was saved as {0}.</source>
        <translation>درخت مسئله به صورت {0} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Voter</source>
        <translation>رأی‌دهنده</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <source>SMART:</source>
        <translation>SMART:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;نتیجه {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ReturnsDialogs</name>
    <message>
        <source>Folder for the country return workbooks</source>
        <translation>پوشه برای کارپوشه‌های گزارش کشورها</translation>
    </message>
    <message>
        <source>Country returns</source>
        <translation>گزارش‌های کشورها</translation>
    </message>
    <message>
        <source>Add a review first: the returns are made for a review.</source>
        <translation>ابتدا یک بازبینی اضافه کنید: گزارش‌ها برای یک بازبینی ساخته می‌شوند.</translation>
    </message>
    <message>
        <source>{0} return workbooks were written to {1}: send each to its country&apos;s focal point, then import the returned workbooks here.</source>
        <translation>{0} کارپوشهٔ گزارش در {1} نوشته شد: هر یک را برای رابط کشور خودش بفرستید، سپس کارپوشه‌های بازگشتی را اینجا وارد کنید.</translation>
    </message>
    <message>
        <source>Returned country workbooks</source>
        <translation>کارپوشه‌های بازگشتی کشورها</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import country returns</source>
        <translation>وارد کردن گزارش‌های کشورها</translation>
    </message>
    <message>
        <source>Country returns imported from {0} file(s).</source>
        <translation>گزارش‌های کشورها از {0} پرونده وارد شد.</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;شاخص:</translation>
    </message>
    <message>
        <source>how we will know it is achieved</source>
        <translation>چگونه می‌فهمیم که به دست آمده است</translation>
    </message>
    <message>
        <source>Base&amp;line:</source>
        <translation>&amp;خط پایه:</translation>
    </message>
    <message>
        <source>value at the start, e.g. 6 of 13</source>
        <translation>مقدار در آغاز، مثلاً 6 از 13</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;مقدار هدف:</translation>
    </message>
    <message>
        <source>value to reach, e.g. 13 of 13</source>
        <translation>مقداری که باید به آن رسید، مثلاً 13 از 13</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>&amp;راستی‌آزمایی:</translation>
    </message>
    <message>
        <source>means of verification, sources</source>
        <translation>ابزار راستی‌آزمایی، منابع</translation>
    </message>
    <message>
        <source>Assu&amp;mptions:</source>
        <translation>&amp;فرض‌ها:</translation>
    </message>
    <message>
        <source>assumptions and risks</source>
        <translation>فرض‌ها و خطرها</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>نشست</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>نماد سند</translation>
    </message>
    <message>
        <source>Enter adds the next; Delete removes; Ctrl+Z undoes</source>
        <translation>Enter بعدی را می‌افزاید؛ Delete حذف می‌کند؛ Ctrl+Z واگرد می‌کند</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Countries (range states)</source>
        <translation>کشورها (کشورهای گستره)</translation>
    </message>
    <message>
        <source>Enter adds the next; Ctrl+V pastes rows</source>
        <translation>Enter بعدی را می‌افزاید؛ Ctrl+V ردیف‌ها را می‌چسباند</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>منطقه‌ها</translation>
    </message>
    <message>
        <source>Enter on Countries opens the list to tick</source>
        <translation>Enter روی کشورها فهرست را برای تیک زدن باز می‌کند</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation>&amp;وارد کردن از CSV/XLSX…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; &lt;small&gt;({0})&lt;/small&gt;</source>
        <translation>&lt;b&gt;شرکت‌کنندگان&lt;/b&gt; &lt;small&gt;({0})&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants: {0}, {1} voting&lt;/b&gt; &lt;small&gt;({2})&lt;/small&gt;</source>
        <translation>&lt;b&gt;شرکت‌کنندگان: {0}، رأی‌دهنده: {1}&lt;/b&gt; &lt;small&gt;({2})&lt;/small&gt;</translation>
    </message>
    <message>
        <source>{0} no longer votes: {1} of their votes stop counting (tick the box again or press Ctrl+Z to count them).</source>
        <translation>{0} دیگر رأی نمی‌دهد: {1} رأی او دیگر شمرده نمی‌شود (برای شمردن دوباره، کادر را دوباره تیک بزنید یا Ctrl+Z را بزنید).</translation>
    </message>
    <message>
        <source>{0} votes again: {1} votes count again.</source>
        <translation>{0} دوباره رأی می‌دهد: {1} رأی دوباره شمرده می‌شود.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>چیزی وارد نشد</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <source>Not everything was imported</source>
        <translation>همه چیز وارد نشد</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>done</source>
        <extracomment>step id → (module, class) of its page status → (mark shown before the title, words for screen readers and tooltips)</extracomment>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>started</source>
        <translation>آغازشده</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>آغازنشده</translation>
    </message>
</context>
<context>
    <name>TextStepPage</name>
    <message>
        <source>Type the {0} here.</source>
        <extracomment>milliseconds of quiet after typing before the text is saved: a sentence typed just before the laptop dies is in the file, and still one undo step per pause the text being drafted is larger than the rest, for the room to read on the projector</extracomment>
        <translation>{0} را اینجا بنویسید.</translation>
    </message>
    <message>
        <source>Drafts (✔ = adopted):</source>
        <translation>پیش‌نویس‌ها (✔ = تصویب‌شده):</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;نگه‌داشتن به‌صورت پیش‌نویس</translation>
    </message>
    <message>
        <source>Keep the text as it is now as a draft (Ctrl+Shift+D)</source>
        <translation>متن کنونی را به‌صورت پیش‌نویس نگه دار (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Adopt draft</source>
        <translation>&amp;تصویب پیش‌نویس</translation>
    </message>
    <message>
        <source>Make the selected draft the adopted text (Enter in the list)</source>
        <translation>پیش‌نویس برگزیده را متن تصویب‌شده کن (Enter در فهرست)</translation>
    </message>
</context>
<context>
    <name>ThreatRankingPage</name>
    <message>
        <source>Range-wide (Table 3.1)</source>
        <translation>کل گستره (جدول 3.1)</translation>
    </message>
    <message>
        <source>By region (Appendix III)</source>
        <translation>به تفکیک منطقه (پیوست III)</translation>
    </message>
    <message>
        <source>Importance × capacity</source>
        <translation>اهمیت × توان</translation>
    </message>
    <message>
        <source>Compare with country:</source>
        <translation>مقایسه با کشور:</translation>
    </message>
    <message>
        <source>Footnote kept; the score tables print it under the table.</source>
        <translation>پانویس نگه داشته شد؛ جدول‌های امتیاز آن را زیر جدول چاپ می‌کنند.</translation>
    </message>
    <message>
        <source>Footnote removed.</source>
        <translation>پانویس حذف شد.</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <source>{0}: {1}; &apos;-&apos; = unknown</source>
        <translation>{0}: {1}؛ «-» = نامعلوم</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>پر نشده</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>عامل محرک یا تهدید</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Reveal results</source>
        <translation>نمایش نتایج</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>بازگشایی رأی‌گیری</translation>
    </message>
    <message>
        <source>Let people change their votes again</source>
        <translation>اجازه دهید رأی‌ها دوباره تغییر کنند</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>بستن رأی‌گیری</translation>
    </message>
    <message>
        <source>No vote can change until it is reopened</source>
        <translation>تا بازگشایی دوباره هیچ رأیی تغییر نمی‌کند</translation>
    </message>
    <message>
        <source>Next round…</source>
        <translation>دور بعد…</translation>
    </message>
    <message>
        <source>Keep these votes as a round and ask again about every item or the disputed ones</source>
        <translation>این رأی‌ها را به عنوان یک دور نگه دار و دوباره دربارهٔ همهٔ موارد یا موارد مورد اختلاف بپرس</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>رأی</translation>
    </message>
    <message>
        <source>Results (hidden until revealed)</source>
        <translation>نتایج (تا نمایش پنهان)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>Export ballots…</source>
        <translation>خروجی برگه‌های رأی…</translation>
    </message>
    <message>
        <source>One workbook per participant…</source>
        <translation>یک کارپوشه برای هر شرکت‌کننده…</translation>
    </message>
    <message>
        <source>One workbook per country…</source>
        <translation>یک کارپوشه برای هر کشور…</translation>
    </message>
    <message>
        <source>Import ballots…</source>
        <translation>وارد کردن برگه‌های رأی…</translation>
    </message>
    <message>
        <source>{0} of {1} voters has not voted — reveal anyway?</source>
        <translation>{0} از {1} رأی‌دهنده رأی نداده است — با این حال نشان داده شود؟</translation>
    </message>
    <message>
        <source>{0} of {1} voters have not voted — reveal anyway?</source>
        <translation>{0} از {1} رأی‌دهنده رأی نداده‌اند — با این حال نشان داده شود؟</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>نمایش نتیجه‌ها</translation>
    </message>
    <message>
        <source>Reveal anyway</source>
        <translation>با این حال نشان بده</translation>
    </message>
    <message>
        <source>Results revealed; the vote is closed (Reopen voting lets people change their votes).</source>
        <translation>نتیجه‌ها نشان داده شد؛ رأی‌گیری بسته است (بازگشایی رأی‌گیری اجازهٔ تغییر رأی‌ها را می‌دهد).</translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation>رأی‌گیری دوباره باز است.</translation>
    </message>
    <message>
        <source>Vote — round {0}</source>
        <translation>رأی — دور {0}</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>پنهان کردن نتایج</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتایج</translation>
    </message>
    <message>
        <source>Folder for the ballots</source>
        <translation>پوشه برای برگه‌های رأی</translation>
    </message>
    <message>
        <source>The ballots could not be written to {0}: {1}</source>
        <translation>برگه‌های رأی در {0} نوشته نشد: {1}</translation>
    </message>
    <message>
        <source>{0} ballot workbook(s) written to {1}.</source>
        <translation>{0} کارپوشهٔ برگهٔ رأی در {1} نوشته شد.</translation>
    </message>
    <message>
        <source>Returned ballots</source>
        <translation>برگه‌های رأی برگشتی</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Ballots imported from {0}.</source>
        <translation>برگه‌های رأی از {0} وارد شد.</translation>
    </message>
</context>
<context>
    <name>VoterPicker</name>
    <message>
        <source>No one votes yet: mark participants as voting in Session &amp; people.</source>
        <translation>هنوز کسی رأی نمی‌دهد: در «نشست و افراد» شرکت‌کنندگان را رأی‌دهنده علامت بزنید.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Choose who is voting</source>
        <extracomment>tones of the line under the grid; the theme&apos;s stylesheet colours them (QLabel[tone=…])</extracomment>
        <translation>رأی‌دهنده را برگزینید</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>چه کسی رأی می‌دهد</translation>
    </message>
    <message>
        <source>Progress (cells answered)</source>
        <translation>پیشرفت (خانه‌های پاسخ‌داده)</translation>
    </message>
    <message>
        <source>Vo&amp;tes for</source>
        <translation>رأی &amp;برای</translation>
    </message>
    <message>
        <source>Type a digit to score, &apos;-&apos; for unknown, Delete to clear; arrows, Tab and Enter move; PageDown: next voter, PageUp: previous.</source>
        <translation>برای امتیاز رقم بزنید، «-» برای نامعلوم، Delete برای پاک کردن؛ پیکان‌ها، Tab و Enter جابه‌جا می‌کنند؛ PageDown: رأی‌دهندهٔ بعدی، PageUp: قبلی.</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Every country</source>
        <translation>همهٔ کشورها</translation>
    </message>
    <message>
        <source>Range-wide only</source>
        <extracomment>first entry of the results&apos; country filter, and how a country is named in it</extracomment>
        <translation>فقط کل گستره</translation>
    </message>
    <message>
        <source>Constraints, drivers and threats</source>
        <translation>محدودیت‌ها، عوامل محرک و تهدیدها</translation>
    </message>
    <message>
        <source>Importance/severity</source>
        <translation>اهمیت/شدت</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>توان</translation>
    </message>
    <message>
        <source>{0} importance</source>
        <translation>اهمیت {0}</translation>
    </message>
    <message>
        <source>{0} capacity</source>
        <translation>توان {0}</translation>
    </message>
    <message>
        <source>Constraints (not ranked)</source>
        <translation>محدودیت‌ها (رتبه‌بندی نمی‌شوند)</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>عامل محرک یا تهدید</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>اهمیت</translation>
    </message>
    <message>
        <source>{0} overall</source>
        <translation>{0} کلی</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>کلی</translation>
    </message>
</context>
<context>
    <name>VotingRounds</name>
    <message>
        <source>Which round the results show</source>
        <translation>نتایج کدام دور را نشان می‌دهند</translation>
    </message>
    <message>
        <source>Round {0} (now)</source>
        <translation>دور {0} (اکنون)</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>دور {0}</translation>
    </message>
    <message>
        <source>Round {0} → {1} compared</source>
        <translation>مقایسهٔ دور {0} ← {1}</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>عامل محرک یا تهدید</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Round {0} mean</source>
        <translation>دور {0}: میانگین</translation>
    </message>
    <message>
        <source>Round {0} spread</source>
        <translation>دور {0}: دامنه</translation>
    </message>
    <message>
        <source>Round {0} votes</source>
        <translation>دور {0}: تعداد رأی</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>معیار</translation>
    </message>
    <message>
        <source>Voting is closed: no vote can change until it is reopened.</source>
        <translation>رأی‌گیری بسته است: تا بازگشایی دوباره هیچ رأیی تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Round {0} is open on every item.</source>
        <translation>دور {0} برای همهٔ موارد باز است.</translation>
    </message>
    <message>
        <source>Round {0} is open on {1} item(s); the others keep their figures.</source>
        <translation>دور {0} برای {1} مورد باز است؛ بقیه امتیازهای خود را نگه می‌دارند.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No session is open. Start a workshop, or continue one.</source>
        <translation>هیچ نشستی باز نیست. کارگاهی را آغاز کنید یا ادامه دهید.</translation>
    </message>
    <message>
        <source>&amp;New session… (Ctrl+N)</source>
        <translation>&amp;نشست تازه… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open session… (Ctrl+O)</source>
        <translation>&amp;باز کردن نشست… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recent sessions (Enter or double-click opens):</source>
        <translation>نشست‌های اخیر (با Enter یا دوبار کلیک باز می‌شود):</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New session…</source>
        <extracomment>id → (menu text, shortcut, checkable)</extracomment>
        <translation>&amp;نشست تازه…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;باز کردن نشست…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>ذخیرهٔ &amp;رونوشت…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>&amp;بستن نشست</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>اندازهٔ &amp;عادی</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;تمام‌صفحه</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;کنتراست بالا</translation>
    </message>
    <message>
        <source>&amp;What is this step?</source>
        <translation>&amp;این گام چیست؟</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>گام &amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>گام &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>New &amp;from Earlier Workshop…</source>
        <translation>جدید &amp;از کارگاه پیشین…</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Earlier Session…</source>
        <translation>&amp;مقایسه با نشست پیشین…</translation>
    </message>
    <message>
        <source>Import a M&amp;iradi Project…</source>
        <translation>&amp;وارد کردن پروژهٔ Miradi…</translation>
    </message>
    <message>
        <source>&amp;Presenter view (for the projector)</source>
        <translation>نمای &amp;ارائه (برای پروژکتور)</translation>
    </message>
    <message>
        <source>Voters&apos; &amp;names on the projector</source>
        <translation>&amp;نام رأی‌دهندگان روی پروژکتور</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>not started</source>
        <extracomment>an action&apos;s statuses (``mon.ACTION_STATUSES``) with their words</extracomment>
        <translation>آغازنشده</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>اجرا نشده</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>کشورها</translation>
    </message>
    <message>
        <source>A country, several separated by commas, or &apos;Regional&apos;</source>
        <translation>یک کشور، چند کشور با ویرگول، یا «Regional»</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>چه انجام شد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Years, e.g. 2018-2019</source>
        <translation>سال‌ها، مثلاً 2018-2019</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>اجرا شده توسط</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>تأمین‌کننده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>مشخص</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>سنجش‌پذیر</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>دست‌یافتنی</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>زمان‌مند</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the columns shown besides number and text, per focus</extracomment>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>می‌پردازد به</translation>
    </message>
    <message>
        <source>Actor(s)</source>
        <translation>مجری(ها)</translation>
    </message>
    <message>
        <source>{0} item</source>
        <translation>{0} مورد</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} مورد</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>the column headers as the app shows them (translated in the &quot;columns&quot; context)</extracomment>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Narrative summary</source>
        <translation>خلاصهٔ روایی</translation>
    </message>
    <message>
        <source>Objectively verifiable indicators</source>
        <translation>شاخص‌های قابل سنجش عینی</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>ابزار راستی‌آزمایی</translation>
    </message>
    <message>
        <source>Assumptions and risks</source>
        <translation>فرض‌ها و خطرها</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>each column&apos;s share of the width, and its narrowest width (pixels at zoom 1.0) the columns that shrink when the view is narrow, in order the columns whose longest entry should not be cut (timeline, budget) widest a timeline or budget column grows to fit its longest entry (pixels at zoom 1.0) long headers on two lines, so the columns stay narrow</extracomment>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <source>Means of
verification</source>
        <translation>ابزار
راستی‌آزمایی</translation>
    </message>
    <message>
        <source>Assumptions
and risks</source>
        <translation>فرض‌ها
و خطرها</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>تسهیل‌گر</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>گزارشگر</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Two-letter ISO code, e.g. TR</source>
        <translation>کد دوحرفی ISO، مثلاً TR</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Abbr.</source>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>Enter or F2 opens the list: Space ticks a country. Typing or pasting codes or names separated by commas also works.</source>
        <translation>Enter یا F2 فهرست را باز می‌کند: Space کشوری را علامت می‌زند. نوشتن یا چسباندن کدها یا نام‌ها با ویرگول هم کار می‌کند.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>وابستگی سازمانی</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>رأی می‌دهد</translation>
    </message>
    <message>
        <source>Whether this participant votes</source>
        <translation>آیا این شرکت‌کننده رأی می‌دهد</translation>
    </message>
    <message>
        <source>current</source>
        <translation>کنونی</translation>
    </message>
    <message>
        <source>emerging</source>
        <translation>نوظهور</translation>
    </message>
    <message>
        <source>Constraint</source>
        <extracomment>kind → the title of its list&apos;s column</extracomment>
        <translation>محدودیت</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>عامل محرک</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>current or emerging</source>
        <translation>کنونی یا نوظهور</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>There is no file at {path}.</source>
        <translation>پرونده‌ای در {path} نیست.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file.</source>
        <translation>{path} یک پوشه است، نه پروندهٔ نشست.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a ZOPP session file.</source>
        <translation>{path} خالی است: پروندهٔ نشست ZOPP نیست.</translation>
    </message>
    <message>
        <source>{path} is not a ZOPP session file (it is not a SQLite database).</source>
        <translation>{path} پروندهٔ نشست ZOPP نیست (پایگاه دادهٔ SQLite نیست).</translation>
    </message>
    <message>
        <source>{path} is a SQLite database of another application, not a ZOPP session.</source>
        <translation>{path} پایگاه دادهٔ SQLite برنامهٔ دیگری است، نه نشست ZOPP.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it.</source>
        <translation>{path} از پیش وجود دارد؛ نام دیگری برگزینید یا آن را باز کنید.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} does not exist.</source>
        <translation>{path} ساخته نمی‌شود: پوشهٔ {folder} وجود ندارد.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} خوانده نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be opened: {reason}.</source>
        <translation>{path} باز نشد: {reason}.</translation>
    </message>
    <message>
        <source>Cannot save a copy to {path}: the folder does not exist.</source>
        <translation>رونوشت در {path} ذخیره نمی‌شود: پوشه وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot save a copy to {path}: {reason}.</source>
        <translation>رونوشت در {path} ذخیره نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open session itself; choose another name.</source>
        <translation>رونوشت نمی‌تواند جای خود نشست باز را بگیرد؛ نام دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The session file could not be written ({reason}); nothing was changed.</source>
        <translation>پروندهٔ نشست نوشته نشد ({reason})؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Open for reading only. {reason}</source>
        <translation>فقط برای خواندن باز شد. {reason}</translation>
    </message>
    <message>
        <source>No backup copy was made ({reason}); the older copies are kept as they were.</source>
        <translation>نسخهٔ پشتیبانی ساخته نشد ({reason})؛ نسخه‌های پیشین همان‌گونه نگه داشته شدند.</translation>
    </message>
    <message>
        <source>No backup copy was made: {name} fails its integrity check ({finding}), and a damaged file never replaces a good backup.</source>
        <translation>نسخهٔ پشتیبانی ساخته نشد: {name} از بررسی درستی سربلند بیرون نمی‌آید ({finding})، و پروندهٔ آسیب‌دیده هرگز جای پشتیبان سالم را نمی‌گیرد.</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing can be changed in it; allow writing to it, or copy it to a folder of your own, and try again.</source>
        <translation>{path} فقط‌خواندنی است و چیزی در آن تغییر نمی‌کند؛ اجازهٔ نوشتن بدهید یا آن را در پوشهٔ خودتان رونوشت کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: its lock file {lock} is a folder; remove that folder and try again.</source>
        <translation>{path} تغییر نمی‌کند: پروندهٔ قفل آن {lock} یک پوشه است؛ آن پوشه را بردارید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>{value} is outside the {criterion} scale ({low}–{high}).</source>
        <translation>{value} بیرون از مقیاس {criterion} است ({low}–{high}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a score: write a number, &apos;-&apos; for unknown, or leave it empty.</source>
        <translation>«{text}» امتیاز نیست: عددی بنویسید، «-» برای نامعلوم، یا خالی بگذارید.</translation>
    </message>
    <message>
        <source>That participant is not in the session.</source>
        <translation>این شرکت‌کننده در نشست نیست.</translation>
    </message>
    <message>
        <source>Constraints are not ranked.</source>
        <translation>محدودیت‌ها رتبه‌بندی نمی‌شوند.</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: Threat ranking is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>«{label}» را نمی‌توان واگرد کرد: رتبه‌بندی تهدیدها بسته است و تا بازگشایی دوباره هیچ رأیی تغییر نمی‌کند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Cannot redo &apos;{label}&apos;: Threat ranking is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>«{label}» را نمی‌توان از نو انجام داد: رتبه‌بندی تهدیدها بسته است و تا بازگشایی دوباره هیچ رأیی تغییر نمی‌کند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: Prioritisation is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>«{label}» را نمی‌توان واگرد کرد: اولویت‌بندی بسته است و تا بازگشایی دوباره هیچ رأیی تغییر نمی‌کند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Cannot redo &apos;{label}&apos;: Prioritisation is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>«{label}» را نمی‌توان از نو انجام داد: اولویت‌بندی بسته است و تا بازگشایی دوباره هیچ رأیی تغییر نمی‌کند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This round of the threat ranking does not ask about that item: it keeps its figures from the earlier round.</source>
        <translation>این دور رتبه‌بندی تهدیدها دربارهٔ این مورد نمی‌پرسد: امتیازهای دور پیشین آن حفظ می‌شود.</translation>
    </message>
    <message>
        <source>This round of the prioritisation does not ask about that activity: it keeps its figures from the earlier round.</source>
        <translation>این دور اولویت‌بندی دربارهٔ این فعالیت نمی‌پرسد: امتیازهای دور پیشین آن حفظ می‌شود.</translation>
    </message>
    <message>
        <source>open round of threat ranking</source>
        <translation>باز کردن دور رتبه‌بندی تهدیدها</translation>
    </message>
    <message>
        <source>open round of prioritisation</source>
        <translation>باز کردن دور اولویت‌بندی</translation>
    </message>
    <message>
        <source>close threat ranking</source>
        <translation>بستن رتبه‌بندی تهدیدها</translation>
    </message>
    <message>
        <source>close prioritisation</source>
        <translation>بستن اولویت‌بندی</translation>
    </message>
    <message>
        <source>reopen threat ranking</source>
        <translation>بازگشایی رتبه‌بندی تهدیدها</translation>
    </message>
    <message>
        <source>reopen prioritisation</source>
        <translation>بازگشایی اولویت‌بندی</translation>
    </message>
    <message>
        <source>High ({score})</source>
        <translation>بالا ({score})</translation>
    </message>
    <message>
        <source>Medium ({score})</source>
        <translation>متوسط ({score})</translation>
    </message>
    <message>
        <source>Low ({score})</source>
        <translation>پایین ({score})</translation>
    </message>
    <message>
        <source>A country needs a code.</source>
        <translation>کشور به کد نیاز دارد.</translation>
    </message>
    <message>
        <source>There is already a country with the code {code}.</source>
        <translation>کشوری با کد {code} از پیش هست.</translation>
    </message>
    <message>
        <source>{code} cannot be removed: {count} vote(s) were cast for it.</source>
        <translation>{code} حذف نمی‌شود: {count} رأی برای آن داده شده است.</translation>
    </message>
    <message>
        <source>A region needs a name.</source>
        <translation>منطقه به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>There is already a region called {name}.</source>
        <translation>منطقه‌ای به نام {name} از پیش هست.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>شرکت‌کننده به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>There is no country with the code {code}.</source>
        <translation>کشوری با کد {code} نیست.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>این پیش‌نویس دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>add country {code}</source>
        <translation>افزودن کشور {code}</translation>
    </message>
    <message>
        <source>rename country {code}</source>
        <translation>تغییر نام کشور {code}</translation>
    </message>
    <message>
        <source>remove country {code}</source>
        <translation>حذف کشور {code}</translation>
    </message>
    <message>
        <source>add region {name}</source>
        <translation>افزودن منطقهٔ {name}</translation>
    </message>
    <message>
        <source>change members of {name}</source>
        <translation>تغییر اعضای {name}</translation>
    </message>
    <message>
        <source>remove region {name}</source>
        <translation>حذف منطقهٔ {name}</translation>
    </message>
    <message>
        <source>add participant {name}</source>
        <translation>افزودن شرکت‌کننده {name}</translation>
    </message>
    <message>
        <source>edit participant {fields}</source>
        <translation>ویرایش شرکت‌کننده: {fields}</translation>
    </message>
    <message>
        <source>remove participant</source>
        <translation>حذف شرکت‌کننده</translation>
    </message>
    <message>
        <source>adopt draft</source>
        <translation>تصویب پیش‌نویس</translation>
    </message>
    <message>
        <source>remove draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <source>edit draft</source>
        <translation>ویرایش پیش‌نویس</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <source>remove note</source>
        <translation>حذف یادداشت</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>High/Medium</source>
        <translation>بالا/متوسط</translation>
    </message>
    <message>
        <source>Medium/Low</source>
        <translation>متوسط/پایین</translation>
    </message>
    <message>
        <source>non-existent</source>
        <extracomment>what the LogFrame holds for the Goal, each objective and each result, besides the narrative</extracomment>
        <translation>ناموجود</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>major</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>ضعیف</translation>
    </message>
    <message>
        <source>good</source>
        <translation>خوب</translation>
    </message>
    <message>
        <source>low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>high</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>International</source>
        <extracomment>the heading of voters who belong to no country</extracomment>
        <translation>بین‌المللی</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>اهمیت</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>توان</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>پر نشده</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>The session is damaged</source>
        <translation>نشست آسیب دیده است</translation>
    </message>
    <message>
        <source>Open a copy of {0}</source>
        <translation>باز کردن رونوشتی از {0}</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>باز کردن نشست</translation>
    </message>
    <message>
        <source>Create a new session</source>
        <translation>ساختن نشست تازه</translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>ذخیرهٔ رونوشت نشست</translation>
    </message>
    <message>
        <source>Import participants and countries</source>
        <translation>وارد کردن شرکت‌کنندگان و کشورها</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>صفحه‌گسترده‌ها (*.csv *.xlsx);;همهٔ پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Session &amp; people</source>
        <translation>نشست و افراد</translation>
    </message>
    <message>
        <source>Who takes part: the range states (countries), the regions they form, and the participants with their country, role and whether they vote.</source>
        <translation>چه کسانی شرکت دارند: کشورهای گستره، منطقه‌هایی که می‌سازند، و شرکت‌کنندگان با کشور، نقش و اینکه رأی می‌دهند یا نه.</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>چشم‌انداز</translation>
    </message>
    <message>
        <source>An inspiring picture of the next 25–50 years: the ideal future for the species, meant as a source of inspiration.</source>
        <translation>تصویری الهام‌بخش از ۲۵ تا ۵۰ سال آینده: آیندهٔ آرمانی گونه، به‌عنوان سرچشمهٔ الهام.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>هدف کلان</translation>
    </message>
    <message>
        <source>A more concrete intention than the Vision: a feasible, realistic and measurable aim for the next 10–20 years.</source>
        <translation>قصدی مشخص‌تر از چشم‌انداز: هدفی شدنی، واقع‌بینانه و سنجش‌پذیر برای ۱۰ تا ۲۰ سال آینده.</translation>
    </message>
    <message>
        <source>Problem tree</source>
        <translation>درخت مسئله</translation>
    </message>
    <message>
        <source>Threats are the immediate causes of harm (current or emerging); Drivers are their root causes and can drive other Drivers; Constraints do no harm themselves but let Threats and Drivers act. Links run from cause to effect.</source>
        <translation>تهدیدها علت‌های مستقیم آسیب‌اند (کنونی یا نوظهور)؛ عوامل محرک علت‌های ریشه‌ای آن‌ها هستند و می‌توانند عوامل محرک دیگر را برانگیزند؛ محدودیت‌ها خود آسیبی نمی‌زنند اما به تهدیدها و عوامل محرک میدان می‌دهند. پیوندها از علت به معلول است.</translation>
    </message>
    <message>
        <source>Threat ranking</source>
        <translation>رتبه‌بندی تهدیدها</translation>
    </message>
    <message>
        <source>Every Driver and Threat is scored per country for importance/severity (0 = non-existent, 1 = minor, 2 = medium, 3 = major) and for the capacity to address it (1 = poor, 2 = medium, 3 = good); &apos;-&apos; means unknown. Constraints are not ranked. A country&apos;s figure is the mean of its votes; within a region, the mean of its votes given in that region&apos;s working group (else of its votes given without a region). A region&apos;s figure is its working group&apos;s mean where it voted as a whole, else the mean of its countries&apos; figures within it; brackets beside it name countries that differ, in the region&apos;s order. The range-wide figure is the mean of the region figures; a country in no region counts as a region of its own. A vote can be closed and run again in a new round on the items whose votes spread widely.</source>
        <translation>هر عامل محرک و هر تهدید برای هر کشور از نظر اهمیت/شدت (0 = ناموجود، 1 = کم، 2 = متوسط، 3 = زیاد) و توان رویارویی با آن (1 = ضعیف، 2 = متوسط، 3 = خوب) امتیاز می‌گیرد؛ «-» یعنی نامعلوم. محدودیت‌ها رتبه‌بندی نمی‌شوند. رقم هر کشور میانگین رأی‌های آن است؛ درون یک منطقه، میانگین رأی‌هایی که در گروه کاری آن منطقه داده (وگرنه رأی‌های بدون منطقه). رقم منطقه میانگین گروه کاری آن است اگر یکجا رأی داده باشد، وگرنه میانگین رقم‌های کشورهایش در آن منطقه؛ پرانتزِ کنار آن کشورهایی را که رقمشان فرق دارد به ترتیب منطقه نام می‌برد. رقم کل گستره میانگین رقم‌های منطقه‌هاست؛ کشوری که در هیچ منطقه‌ای نیست خود یک منطقه به شمار می‌آید. رأی‌گیری را می‌توان بست و برای مواردی که رأی‌هایشان پراکندگی زیادی دارد دور تازه‌ای برگزار کرد.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>هدف‌ها</translation>
    </message>
    <message>
        <source>Numbered aims that support reaching the Goal and directly address important Threats and Drivers, grouped under a few general themes.</source>
        <translation>هدف‌های شماره‌داری که به رسیدن به هدف کلان کمک می‌کنند و مستقیم به تهدیدها و عوامل محرک مهم می‌پردازند، در چند موضوع کلی دسته‌بندی شده‌اند.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتیجه‌ها</translation>
    </message>
    <message>
        <source>What must be achieved to reach an Objective, numbered objective.result; SMART: specific, measurable, achievable, relevant and time-bound, each with an indicator.</source>
        <translation>آنچه برای رسیدن به یک هدف باید به دست آید، با شماره‌گذاری هدف.نتیجه؛ SMART: مشخص، سنجش‌پذیر، دست‌یافتنی، مرتبط و زمان‌مند، هر یک با شاخصی.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>Actions that achieve a Result, numbered objective.result.activity, each with a timeline, actor(s), indicator and a rough budget.</source>
        <translation>کارهایی که به یک نتیجه می‌رسانند، با شماره‌گذاری هدف.نتیجه.فعالیت، هر یک با زمان‌بندی، مجری(ها)، شاخص و بودجهٔ تقریبی.</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>اولویت‌بندی</translation>
    </message>
    <message>
        <source>Each voter gives every Activity a priority for their country: 1 = low, 2 = medium, 3 = high. The overall priority is the mean of the country priorities.</source>
        <translation>هر رأی‌دهنده به هر فعالیت برای کشورش اولویتی می‌دهد: 1 = پایین، 2 = متوسط، 3 = بالا. اولویت کلی میانگین اولویت‌های کشورهاست.</translation>
    </message>
    <message>
        <source>LogFrame</source>
        <translation>LogFrame</translation>
    </message>
    <message>
        <source>The tabulated summary: the Goal, then each Objective with its Results and their Activities, with indicator, timeline, actor, budget and priority.</source>
        <translation>خلاصهٔ جدولی: هدف کلان، سپس هر هدف با نتیجه‌ها و فعالیت‌هایشان، با شاخص، زمان‌بندی، مجری، بودجه و اولویت.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>پایش</translation>
    </message>
    <message>
        <source>Later, for each Activity: the actions taken so far per country, who implemented them and when, their status, and recommendations (including proposed priority changes).</source>
        <translation>بعدها، برای هر فعالیت: اقدام‌های انجام‌شده تا کنون برای هر کشور، چه کسی و کی آن‌ها را اجرا کرد، وضعیتشان و توصیه‌ها (از جمله تغییرهای پیشنهادی اولویت).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>The documents for the rapporteur: the LogFrame matrix, the score tables and the session minutes as PDF, and every table as a spreadsheet.</source>
        <translation>سندهای گزارشگر: ماتریس LogFrame، جدول‌های امتیاز و صورت‌جلسهٔ نشست به‌صورت PDF، و هر جدول به‌صورت صفحه‌گسترده.</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>The results are hidden while people vote.
Press “Reveal results” to show them.</source>
        <translation>تا رأی‌گیری ادامه دارد نتایج پنهان است.
برای دیدنشان «نمایش نتایج» را بزنید.</translation>
    </message>
</context>
</TS>
