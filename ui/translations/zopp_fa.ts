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
        <extracomment>a column named with what it holds: &apos;D (Capacity)&apos;</extracomment>
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
    <message>
        <source>{0} new</source>
        <translation>{0} تازه</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0} تغییر کرده</translation>
    </message>
    <message>
        <source>{0} unchanged</source>
        <translation>{0} بی‌تغییر</translation>
    </message>
    <message>
        <source>{0} left empty (earlier votes kept)</source>
        <translation>{0} خالی مانده (رأی‌های پیشین نگه داشته شد)</translation>
    </message>
    <message>
        <source>{0} for {1}: {2}</source>
        <translation>{0} برای {1}: {2}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Table</source>
        <extracomment>the table&apos;s columns (the same as the exported comparison&apos;s)</extracomment>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Item or activity</source>
        <translation>مورد یا فعالیت</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>معیار</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Region or country</source>
        <translation>منطقه یا کشور</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>آن زمان</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>کلی</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>تهدیدها</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>اولویت‌ها</translation>
    </message>
    <message>
        <source>new</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>Then: {0}</source>
        <translation>آن زمان: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>اکنون: {0}</translation>
    </message>
    <message>
        <source>Matched {0} items and activities ({1} by identity, {2} by label); {3} of {4} figures changed.</source>
        <translation>{0} مورد و فعالیت با هم جور شدند ({1} با شناسه، {2} با عنوان)؛ {3} از {4} رقم تغییر کرد.</translation>
    </message>
    <message>
        <source>Only then: {0}</source>
        <translation>فقط آن زمان: {0}</translation>
    </message>
    <message>
        <source>Only now: {0}</source>
        <translation>فقط اکنون: {0}</translation>
    </message>
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
        <extracomment>how a document&apos;s description wraps in the list documents finished so far, and what is being written now files written, and one sentence per document that could not be written</extracomment>
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
    <name>ImportReport</name>
    <message>
        <source>countries</source>
        <translation>کشورها</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>منطقه‌ها</translation>
    </message>
    <message>
        <source>region memberships</source>
        <translation>عضویت در منطقه‌ها</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>problem-tree items</source>
        <translation>موردهای درخت مسئله</translation>
    </message>
    <message>
        <source>links</source>
        <translation>پیوندها</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>results</source>
        <translation>نتیجه‌ها</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>programme items</source>
        <translation>بندهای برنامه</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>رأی‌ها</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>بازبینی‌ها</translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation>اقدام‌های انجام‌شده</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>توصیه‌ها</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} و {1} مورد دیگر</translation>
    </message>
    <message>
        <source>{0}: {1} added</source>
        <translation>{0}: {1} افزوده شد</translation>
    </message>
    <message>
        <source>{0}: {1} changed</source>
        <translation>{0}: {1} تغییر کرد</translation>
    </message>
    <message>
        <source>nothing new (the session already holds all of it)</source>
        <translation>چیز تازه‌ای نیست (نشست همه آن را از پیش دارد)</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}.</source>
        <translation>{0} ({1}): {2}.</translation>
    </message>
    <message>
        <source>Empty cells ({0}) left votes given earlier as they were.</source>
        <translation>خانه‌های خالی ({0}) رأی‌های پیشین را دست‌نخورده گذاشتند.</translation>
    </message>
    <message>
        <source>New participants: {0}.</source>
        <translation>شرکت‌کنندگان تازه: {0}.</translation>
    </message>
    <message>
        <source>Is {0} a typing slip for {1}, who is in the session already?</source>
        <translation>آیا {0} غلط تایپی {1} است که از پیش در نشست هست؟</translation>
    </message>
    <message>
        <source>Columns not used: {0}.</source>
        <translation>ستون‌های به‌کارنرفته: {0}.</translation>
    </message>
    <message>
        <source>Scores are imported from a votes file, one vote per row: participant, scope, item, criterion, value.</source>
        <translation>امتیازها از فایل رأی‌ها وارد می‌شوند، هر رأی در یک سطر: participant, scope, item, criterion, value.</translation>
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
    <message>
        <source>Constraints are causes, not effects: they let threats and drivers act. Link {0} → {1} anyway?</source>
        <translation>محدودیت‌ها علت‌اند، نه معلول: آنها به تهدیدها و عوامل محرک امکان اثر می‌دهند. با این حال {0} ← {1} پیوند داده شود؟</translation>
    </message>
    <message>
        <source>Not linked: a constraint is a cause, not an effect.</source>
        <translation>پیوند داده نشد: محدودیت علت است، نه معلول.</translation>
    </message>
    <message>
        <source>Link to a constraint?</source>
        <translation>پیوند به یک محدودیت؟</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>با این حال پیوند بده</translation>
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
        <translation>وارد کردن گزارش‌ها…</translation>
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
        <source>{0} could not be written: {1}.</source>
        <translation>{0} نوشته نشد: {1}.</translation>
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
    <message>
        <source>That change could not be made.</source>
        <translation>این تغییر انجام نشد.</translation>
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
    <name>RecordTable</name>
    <message>
        <source>Type here to add a new row; paste rows from a spreadsheet with Ctrl+V.</source>
        <extracomment>a cell&apos;s text longer than this may not fit its row: it gets a tooltip and shows its beginning this column takes the table&apos;s spare width (the others fit their contents) (row, column) of the last cell the user changed</extracomment>
        <translation>برای افزودن سطر تازه اینجا بنویسید؛ سطرهای یک صفحه‌گسترده را با Ctrl+V بچسبانید.</translation>
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
        <source>The code {0} cannot be changed; remove the country and add it again.</source>
        <translation>کد {0} تغییر نمی‌کند؛ کشور را حذف کنید و دوباره بیفزایید.</translation>
    </message>
    <message>
        <source>The region {0} keeps its name and abbreviation; remove it and add it again to change them.</source>
        <translation>نام و اختصار منطقه {0} ثابت می‌ماند؛ برای تغییر آنها منطقه را حذف کنید و دوباره بیفزایید.</translation>
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
    <message>
        <source>Type the text first; an empty draft is not kept.</source>
        <translation>نخست متن را بنویسید؛ پیش‌نویس خالی نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Choose a draft in the list first.</source>
        <translation>نخست یک پیش‌نویس را از فهرست برگزینید.</translation>
    </message>
</context>
<context>
    <name>ThreatRankingPage</name>
    <message>
        <source>Brackets also for equal figures, as the reference does</source>
        <translation>پرانتز برای رقم‌های برابر هم، مانند سند مرجع</translation>
    </message>
    <message>
        <source>List every country that voted, e.g. 3.0 (UZ 3) (AF 3)</source>
        <translation>همه کشورهایی که رأی دادند فهرست شوند، مثلاً 3.0 (UZ 3) (AF 3)</translation>
    </message>
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
        <source>{0}: no room here at this size; see {1}.</source>
        <translation>{0}: در این اندازه اینجا جا نمی‌شود؛ ببینید: {1}.</translation>
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
        <source>The vote closed when the results were revealed</source>
        <translation>رأی‌گیری با نمایش نتایج بسته شد</translation>
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
        <source>The results are hidden while people vote.
Press “Reveal results” to show them.</source>
        <translation>تا رأی‌گیری ادامه دارد نتایج پنهان است.
برای دیدنشان «نمایش نتایج» را بزنید.</translation>
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
        <source>More</source>
        <translation>بیشتر</translation>
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
        <extracomment>a panel shorter than this many lines of the window&apos;s type (200 % zoom on a 720-pixel screen) folds the voters&apos; list into a drop-down above the grid: the grid takes the whole width, so its items wrap into few lines and several show at once the grid&apos;s type against the window&apos;s: normally, and on a short screen on a short screen, the lines of an item&apos;s text shown but for the item being voted on tones of the line under the grid; the theme&apos;s stylesheet colours them (QLabel[tone=…])</extracomment>
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
    <message>
        <source>There is no country or region to vote for yet: add them in Session &amp; people.</source>
        <translation>هنوز کشور یا منطقه‌ای برای رأی دادن نیست: آنها را در «نشست و افراد» بیفزایید.</translation>
    </message>
    <message>
        <source>That was the last voter.</source>
        <translation>این آخرین رأی‌دهنده بود.</translation>
    </message>
    <message>
        <source>This is the first voter.</source>
        <translation>این نخستین رأی‌دهنده است.</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation>ذخیره نشد — {0}</translation>
    </message>
    <message>
        <source>Not saved — see the message in the status bar.</source>
        <translation>ذخیره نشد — پیام نوار وضعیت را ببینید.</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>پاک شد</translation>
    </message>
    <message>
        <source>Saved: {0} {1} for {2}</source>
        <translation>ذخیره شد: {0} {1} برای {2}</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Every country</source>
        <translation>همهٔ کشورها</translation>
    </message>
    <message>
        <source>{name} ({code}) against the overall</source>
        <translation>{name} ({code}) در برابر کل</translation>
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
        <source>&amp;Step list</source>
        <translation>&amp;فهرست مراحل</translation>
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
        <extracomment>each column&apos;s share of the width, and its narrowest width (pixels at zoom 1.0) the columns that shrink when the view is narrow, in order when longer titles (Russian) still overflow, the summary gives way down to this width the columns whose longest entry should not be cut (timeline, budget) widest a timeline or budget column grows to fit its longest entry (pixels at zoom 1.0) long headers on two lines, so the columns stay narrow</extracomment>
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
        <source>{name} is an old Excel (.xls) file; save it as .xlsx or CSV and import that.</source>
        <translation>{name} یک فایل قدیمی Excel (.xls) است؛ آن را به صورت .xlsx یا CSV ذخیره کنید و همان را وارد کنید.</translation>
    </message>
    <message>
        <source>{name} is {what}, not a CSV or XLSX spreadsheet.</source>
        <translation>{name} یک {what} است، نه صفحه‌گسترده CSV یا XLSX.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet.</source>
        <translation>{path} یک پوشه است، نه صفحه‌گسترده.</translation>
    </message>
    <message>
        <source>{name} is {size} MB, far more than any workshop&apos;s table (at most {limit} MB are read); is it the right file?</source>
        <translation>{name} {size} مگابایت است، بسیار بیشتر از هر جدول کارگاه (حداکثر {limit} مگابایت خوانده می‌شود)؛ آیا فایل درست است؟</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} خالی است: چیزی برای وارد کردن نیست.</translation>
    </message>
    <message>
        <source>{name} is not a CSV or XLSX spreadsheet (it holds binary data).</source>
        <translation>{name} صفحه‌گسترده CSV یا XLSX نیست (داده دودویی دارد).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (line {line} is the first with another encoding); save it as &apos;CSV UTF-8&apos; (or as .xlsx) and import that.</source>
        <translation>{name} متن UTF-8 نیست (سطر {line} نخستین سطر با رمزگذاری دیگر است)؛ آن را به صورت «CSV UTF-8» (یا .xlsx) ذخیره کنید و همان را وارد کنید.</translation>
    </message>
    <message>
        <source>{name} has a quote that opens a cell on line {line} and is never closed, so the rest of the file would be read as that one cell; close the quote (or remove it) and import again.</source>
        <translation>در {name} یک گیومه در سطر {line} خانه‌ای را باز می‌کند و هرگز بسته نمی‌شود، پس بقیه فایل به صورت همان یک خانه خوانده می‌شد؛ گیومه را ببندید (یا حذف کنید) و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>{name} has a cell on line {line} longer than {limit} characters, far more than any workshop&apos;s table holds; is it the right file?</source>
        <translation>در {name} خانه‌ای در سطر {line} بلندتر از {limit} نویسه است، بسیار بیشتر از هر جدول کارگاه؛ آیا فایل درست است؟</translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file (line {line}: {error}).</source>
        <translation>{name} یک فایل CSV درست‌ساخت نیست (سطر {line}: {error}).</translation>
    </message>
    <message>
        <source>{where}{name} is empty: there is nothing to import.</source>
        <translation>{where}{name} خالی است: چیزی برای وارد کردن نیست.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows: there is nothing to import.</source>
        <translation>{name} سرستون دارد ولی هیچ سطری ندارد: چیزی برای وارد کردن نیست.</translation>
    </message>
    <message>
        <source>{name} has the column &apos;{column}&apos; twice in its header (line {line}).</source>
        <translation>در سرستون {name} ستون «{column}» دو بار آمده است (سطر {line}).</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that.</source>
        <translation>{name} یک صفحه‌گسترده OpenDocument است؛ آن را به صورت .xlsx یا CSV ذخیره کنید و همان را وارد کنید.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not an Excel workbook (.xlsx).</source>
        <translation>{name} آسیب دیده است یا کارپوشه Excel (.xlsx) نیست.</translation>
    </message>
    <message>
        <source>{name} is damaged: its first sheet cannot be read.</source>
        <translation>{name} آسیب دیده است: برگه نخست آن خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: there is nothing to import{hint}.</source>
        <translation>برگه نخست {name} خالی است: چیزی برای وارد کردن نیست{hint}.</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} file but lacks the column(s) {missing}; its header should be: {header}.</source>
        <translation>{name} شبیه فایل «{kind}» است ولی ستون(های) {missing} را ندارد؛ سرستون آن باید چنین باشد: {header}.</translation>
    </message>
    <message>
        <source>{name} has the headers {found}, which match no kind of file that can be imported; the headers understood are: {understood}.</source>
        <translation>سرستون‌های {name} اینها هستند: {found}، که با هیچ نوع فایل قابل ورود جور نیستند؛ سرستون‌های شناخته‌شده: {understood}.</translation>
    </message>
    <message>
        <source>{path} was not imported: {count} problem(s).</source>
        <translation>{path} وارد نشد: {count} مشکل.</translation>
    </message>
    <message>
        <source>  line {line}, column {column}: {message}</source>
        <translation>  سطر {line}، ستون {column}: {message}</translation>
    </message>
    <message>
        <source>  line {line}: {message}</source>
        <translation>  سطر {line}: {message}</translation>
    </message>
    <message>
        <source>  … and {count} more problem(s) not listed.</source>
        <translation>  … و {count} مشکل دیگر که فهرست نشده‌اند.</translation>
    </message>
    <message>
        <source>this row has more cells than the header ({left} left over); a number with a decimal comma must be in quotes, or the columns separated by &apos;;&apos;.</source>
        <translation>این سطر بیش از سرستون خانه دارد ({left} اضافه است)؛ عدد با ممیز ویرگولی باید در گیومه باشد، یا ستون‌ها با «;» جدا شوند.</translation>
    </message>
    <message>
        <source>the {what} is empty.</source>
        <translation>{what} خالی است.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {column}; use one of: {choices}.</source>
        <translation>«{text}» مقدار درستی برای {column} نیست؛ یکی از اینها را به کار ببرید: {choices}.</translation>
    </message>
    <message>
        <source>{name} is already in the session with the code {code}; use that code.</source>
        <translation>{name} با کد {code} از پیش در نشست هست؛ همان کد را به کار ببرید.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <translation>«{text}» نه بله است نه خیر.</translation>
    </message>
    <message>
        <source>the kind is empty; use one of: {choices}.</source>
        <translation>نوع خالی است؛ یکی از اینها را به کار ببرید: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is already in the session as a {existing}, not a {kind}.</source>
        <translation>«{label}» از پیش در نشست به عنوان {existing} هست، نه {kind}.</translation>
    </message>
    <message>
        <source>there is no constraint, driver or threat called &apos;{label}&apos;.</source>
        <translation>هیچ محدودیت، عامل محرک یا تهدیدی به نام «{label}» نیست.</translation>
    </message>
    <message>
        <source>{voter} is no longer in the session.</source>
        <translation>{voter} دیگر در نشست نیست.</translation>
    </message>
    <message>
        <source>There is no {scope_kind} &apos;{scope}&apos; any more.</source>
        <translation>{scope_kind} «{scope}» دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>An {target_kind} voted for no longer exists.</source>
        <translation>{target_kind}ی که به آن رأی داده شد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>the review&apos;s title is empty.</source>
        <translation>عنوان بازبینی خالی است.</translation>
    </message>
    <message>
        <source>there is no review &apos;{title}&apos; (reviews: {known}); import a reviews file or run &apos;facilitator review new&apos; first.</source>
        <translation>بازبینی «{title}» وجود ندارد (بازبینی‌ها: {known})؛ نخست یک فایل بازبینی وارد کنید یا «facilitator review new» را اجرا کنید.</translation>
    </message>
    <message>
        <source>the activity is empty.</source>
        <translation>فعالیت خالی است.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither an activity number of this session (like 1.2.3) nor a programme item&apos;s code.</source>
        <translation>«{text}» نه شماره یک فعالیت این نشست است (مانند 1.2.3) و نه کد یک بند برنامه.</translation>
    </message>
    <message>
        <source>what was done is empty.</source>
        <translation>آنچه انجام شد خالی است.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a status; use one of: {choices}.</source>
        <translation>«{text}» وضعیت نیست؛ یکی از اینها را به کار ببرید: {choices}.</translation>
    </message>
    <message>
        <source>there is no {level} {wanted} for {number} to belong to.</source>
        <translation>هیچ {level} {wanted} نیست که {number} به آن تعلق داشته باشد.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is a constraint, which objectives do not address.</source>
        <translation>«{label}» یک محدودیت است، و اهداف به محدودیت‌ها نمی‌پردازند.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is no threat or driver of this session.</source>
        <translation>«{label}» تهدید یا عامل محرکی از این نشست نیست.</translation>
    </message>
    <message>
        <source>{level}s have no {column}; leave this cell empty.</source>
        <translation>{level} ستون «{column}» ندارد؛ این خانه را خالی بگذارید.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number like 1, 1.2 or 1.2.3.</source>
        <translation>«{text}» شماره‌ای مانند 1، 1.2 یا 1.2.3 نیست.</translation>
    </message>
    <message>
        <source>the Goal has no {column}; leave this cell empty.</source>
        <translation>هدف کلان ستون «{column}» ندارد؛ این خانه را خالی بگذارید.</translation>
    </message>
    <message>
        <source>{level} {number} would leave a gap: the next number here is {expected}.</source>
        <translation>{level} {number} در شماره‌گذاری فاصله می‌اندازد: شماره بعدی اینجا {expected} است.</translation>
    </message>
    <message>
        <source>the text of the new {level} is empty.</source>
        <translation>متن {level} تازه خالی است.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a theme number like 1, 2, 3.</source>
        <translation>«{number}» شماره موضوعی مانند 1، 2، 3 نیست.</translation>
    </message>
    <message>
        <source>the theme&apos;s name is empty.</source>
        <translation>نام موضوع خالی است.</translation>
    </message>
    <message>
        <source>theme {number} would leave a gap: the next number is {expected}.</source>
        <translation>موضوع {number} در شماره‌گذاری فاصله می‌اندازد: شماره بعدی {expected} است.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>فایل وجود ندارد.</translation>
    </message>
    <message>
        <source>the sheet is {rows} rows by {columns} columns, far larger than a ballot (at most {max_rows} rows and {max_columns} columns are read).</source>
        <translation>برگه {rows} سطر در {columns} ستون است، بسیار بزرگ‌تر از یک برگه رأی (حداکثر {max_rows} سطر و {max_columns} ستون خوانده می‌شود).</translation>
    </message>
    <message>
        <source>cells {cells} are merged: unmerge them and give each score its own cell.</source>
        <translation>خانه‌های {cells} ادغام شده‌اند: آنها را جدا کنید و به هر امتیاز خانه خودش را بدهید.</translation>
    </message>
    <message>
        <source>{voter} is not marked as voting: mark them as voting in Session &amp; people and import the ballot again, or skip it.</source>
        <translation>{voter} رأی‌دهنده علامت نخورده است: در «نشست و افراد» او را رأی‌دهنده علامت بزنید و برگه رأی را دوباره وارد کنید، یا از آن بگذرید.</translation>
    </message>
    <message>
        <source>participant number {number} is {numbered}, but the name written is &apos;{name}&apos;: correct the one that is wrong.</source>
        <translation>شرکت‌کننده شماره {number}، {numbered} است، ولی نام نوشته‌شده «{name}» است: آنچه نادرست است را درست کنید.</translation>
    </message>
    <message>
        <source>there is no participant called &apos;{name}&apos; in this session.</source>
        <translation>در این نشست شرکت‌کننده‌ای به نام «{name}» نیست.</translation>
    </message>
    <message>
        <source>there is no participant number {number} in this session.</source>
        <translation>در این نشست شرکت‌کننده شماره {number} نیست.</translation>
    </message>
    <message>
        <source>the participant is missing: write the voter&apos;s name.</source>
        <translation>شرکت‌کننده نوشته نشده است: نام رأی‌دهنده را بنویسید.</translation>
    </message>
    <message>
        <source>the scope is missing: write the country code or region this ballot votes for.</source>
        <translation>دامنه نوشته نشده است: کد کشور یا منطقه‌ای را که این برگه برای آن رأی می‌دهد بنویسید.</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; is not a country code, country or region of this session.</source>
        <translation>«{written}» کد کشور، کشور یا منطقه این نشست نیست.</translation>
    </message>
    <message>
        <source>the cell holds the formula {formula} without a result: type the score itself.</source>
        <translation>خانه فرمول {formula} را بدون نتیجه دارد: خود امتیاز را بنویسید.</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a {what} of this session.</source>
        <translation>«{shown}» {what} این نشست نیست.</translation>
    </message>
    <message>
        <source>sheet {sheet}: {message}</source>
        <translation>برگه {sheet}: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported: the returns have {count} problem(s); fix them or skip those rows.</source>
        <translation>چیزی وارد نشد: گزارش‌ها {count} مشکل دارند؛ آنها را درست کنید یا از آن سطرها بگذرید.</translation>
    </message>
    <message>
        <source>Nothing was imported: the ballots have {count} problem(s); fix them or skip those rows.</source>
        <translation>چیزی وارد نشد: برگه‌های رأی {count} مشکل دارند؛ آنها را درست کنید یا از آن سطرها بگذرید.</translation>
    </message>
    <message>
        <source>this return belongs to another session ({title}).</source>
        <translation>این گزارش به نشست دیگری تعلق دارد ({title}).</translation>
    </message>
    <message>
        <source>the session has no country {country}.</source>
        <translation>نشست کشوری به نام {country} ندارد.</translation>
    </message>
    <message>
        <source>the review this return was made for no longer exists.</source>
        <translation>بازبینی‌ای که این گزارش برای آن ساخته شد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>the header row was changed; use the workbook as it was sent.</source>
        <translation>سطر سرستون تغییر کرده است؛ کارپوشه را همان‌گونه که فرستاده شد به کار ببرید.</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters.</source>
        <translation>متن بلندتر از {limit} نویسه است.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an activity of this plan.</source>
        <translation>«{text}» فعالیتی از این برنامه نیست.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a status; use {choices}.</source>
        <translation>«{text}» وضعیت نیست؛ {choices} را به کار ببرید.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a priority; use {choices}.</source>
        <translation>«{text}» اولویت نیست؛ {choices} را به کار ببرید.</translation>
    </message>
    <message>
        <source>the row has details but does not say what action was taken.</source>
        <translation>سطر جزئیات دارد ولی نمی‌گوید چه اقدامی انجام شد.</translation>
    </message>
    <message>
        <source>a second return for {country} (the first is {first}); send one per country.</source>
        <translation>گزارش دوم برای {country} (نخستین: {first})؛ برای هر کشور یک گزارش بفرستید.</translation>
    </message>
    <message>
        <source>The session has no country with the code {code}.</source>
        <translation>نشست کشوری با کد {code} ندارد.</translation>
    </message>
    <message>
        <source>That review no longer exists.</source>
        <translation>آن بازبینی دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The session has no countries to send returns to.</source>
        <translation>نشست کشوری ندارد که گزارش‌ها برایش فرستاده شود.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place to save.</source>
        <translation>پوشه {folder} وجود ندارد: جای دیگری برای ذخیره برگزینید.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose another place to save.</source>
        <translation>{folder} یک فایل است، نه پوشه: جای دیگری برای ذخیره برگزینید.</translation>
    </message>
    <message>
        <source>A comparison is written as .pdf or .xlsx, not &apos;{suffix}&apos;.</source>
        <translation>مقایسه به صورت .pdf یا .xlsx نوشته می‌شود، نه «{suffix}».</translation>
    </message>
    <message>
        <source>The programme overview is written as .xlsx, not &apos;{suffix}&apos;.</source>
        <translation>نمای کلی برنامه به صورت .xlsx نوشته می‌شود، نه «{suffix}».</translation>
    </message>
    <message>
        <source>Unknown document &apos;{kind}&apos;: choose one of {choices}.</source>
        <translation>سند ناشناخته «{kind}»: یکی از اینها را برگزینید: {choices}.</translation>
    </message>
    <message>
        <source>A {kind} document cannot be written as &apos;{suffix}&apos;: use {choices}.</source>
        <translation>سند «{kind}» را نمی‌توان به صورت «{suffix}» نوشت: {choices} را به کار ببرید.</translation>
    </message>
    <message>
        <source>{path} cannot be written: it is open in another program or the folder is read-only.</source>
        <translation>{path} نوشته نمی‌شود: در برنامه دیگری باز است یا پوشه فقط‌خواندنی است.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>{path} نوشته نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <source>The {kind} could not be written to {path}: {error}.</source>
        <translation>«{kind}» در {path} نوشته نشد: {error}.</translation>
    </message>
    <message>
        <source>There is no language &apos;{code}&apos;; choose one of {choices}.</source>
        <translation>زبان «{code}» وجود ندارد؛ یکی از اینها را برگزینید: {choices}.</translation>
    </message>
    <message>
        <source>{name} is a zip without a project.xml: not a Miradi project.</source>
        <translation>{name} یک zip بدون project.xml است: پروژه Miradi نیست.</translation>
    </message>
    <message>
        <source>{name}: its project.xml is too large to be a workshop&apos;s plan.</source>
        <translation>{name}: فایل project.xml آن برای برنامه یک کارگاه بیش از اندازه بزرگ است.</translation>
    </message>
    <message>
        <source>{name} is not a readable Miradi project ({error}).</source>
        <translation>{name} پروژه Miradi خواندنی نیست ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a Miradi project of the XMPZ2 format this app reads (namespace {namespace}).</source>
        <translation>{name} پروژه Miradi با قالب XMPZ2 که این برنامه می‌خواند نیست (فضای نام {namespace}).</translation>
    </message>
    <message>
        <source>This session already has a problem tree or an outline; a plan is imported into a session whose plan is still empty.</source>
        <translation>این نشست از پیش درخت مسئله یا طرح کلی دارد؛ برنامه فقط در نشستی وارد می‌شود که برنامه‌اش هنوز خالی است.</translation>
    </message>
    <message>
        <source>This session has no monitoring review yet: add one in the Monitoring step.</source>
        <translation>این نشست هنوز بازبینی پایش ندارد: در گام «پایش» یکی بیفزایید.</translation>
    </message>
    <message>
        <source>A review needs a title, e.g. &apos;Midterm review 2018&apos;.</source>
        <translation>بازبینی عنوان می‌خواهد، مثلاً «بازبینی میان‌دوره 2018».</translation>
    </message>
    <message>
        <source>The review to start from no longer exists.</source>
        <translation>بازبینی‌ای که باید از آن آغاز شود دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A review needs a title.</source>
        <translation>بازبینی عنوان می‌خواهد.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: write it year first, e.g. 2018-04-18.</source>
        <translation>«{text}» تاریخ نیست: آن را با سال آغاز کنید، مثلاً 2018-04-18.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year: write four digits, e.g. 2014.</source>
        <translation>«{text}» سال نیست: چهار رقم بنویسید، مثلاً 2014.</translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation>آن فعالیت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>آن اقدام دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role; use one of {choices}.</source>
        <translation>«{text}» نقش نیست؛ یکی از اینها را به کار ببرید: {choices}.</translation>
    </message>
    <message>
        <source>This participant cannot be removed: they cast {count} vote(s); mark them as not voting instead.</source>
        <translation>این شرکت‌کننده حذف نمی‌شود: {count} رأی داده است؛ به جای آن او را «رأی نمی‌دهد» علامت بزنید.</translation>
    </message>
    <message>
        <source>The {parent} for this {child} no longer exists.</source>
        <translation>{parent} مربوط به این {child} دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>An activity cannot refer to itself.</source>
        <translation>یک فعالیت نمی‌تواند به خودش ارجاع دهد.</translation>
    </message>
    <message>
        <source>A programme item needs a code.</source>
        <translation>بند برنامه کد می‌خواهد.</translation>
    </message>
    <message>
        <source>A {kind} needs a text.</source>
        <translation>{kind} متن می‌خواهد.</translation>
    </message>
    <message>
        <source>There is already an item called &apos;{label}&apos;.</source>
        <translation>از پیش موردی به نام «{label}» هست.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>آن مورد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>An item needs a text.</source>
        <translation>مورد متن می‌خواهد.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status; use current or emerging.</source>
        <translation>«{status}» وضعیت نیست؛ «کنونی» یا «نوظهور» را به کار ببرید.</translation>
    </message>
    <message>
        <source>An item cannot be its own cause.</source>
        <translation>یک مورد نمی‌تواند علت خودش باشد.</translation>
    </message>
    <message>
        <source>Both the cause and the effect must be items of the problem tree.</source>
        <translation>هم علت و هم معلول باید از موردهای درخت مسئله باشند.</translation>
    </message>
    <message>
        <source>&apos;{cause}&apos; is already linked to &apos;{effect}&apos;.</source>
        <translation>«{cause}» از پیش به «{effect}» پیوند دارد.</translation>
    </message>
    <message>
        <source>&apos;{cause}&apos; → &apos;{effect}&apos; would make a cycle: &apos;{effect2}&apos; already leads to &apos;{cause2}&apos;.</source>
        <translation>«{cause}» ← «{effect}» یک چرخه می‌سازد: «{effect2}» از پیش به «{cause2}» می‌رسد.</translation>
    </message>
    <message>
        <source>That item is no longer in the problem tree.</source>
        <translation>آن مورد دیگر در درخت مسئله نیست.</translation>
    </message>
    <message>
        <source>{vote} is closed: no vote can change until it is reopened.</source>
        <translation>{vote} بسته است: تا دوباره باز نشود هیچ رأیی تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>{text} is not a score.</source>
        <translation>{text} امتیاز نیست.</translation>
    </message>
    <message>
        <source>{kind}s are not scored for {criterion}.</source>
        <translation>{kind} برای «{criterion}» امتیاز نمی‌گیرد.</translation>
    </message>
    <message>
        <source>There is no {scope_kind} &apos;{scope}&apos;.</source>
        <translation>{scope_kind} «{scope}» وجود ندارد.</translation>
    </message>
    <message>
        <source>Only a vote for a country names a working group.</source>
        <translation>فقط رأی برای یک کشور گروه کاری را نام می‌برد.</translation>
    </message>
    <message>
        <source>{scope} is not in the region &apos;{region}&apos;: it has no working group there.</source>
        <translation>{scope} در منطقه «{region}» نیست: آنجا گروه کاری ندارد.</translation>
    </message>
    <message>
        <source>That {kind} no longer exists.</source>
        <translation>آن {kind} دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Close the {vote} before opening a new round: votes may still change.</source>
        <translation>پیش از باز کردن دور تازه، «{vote}» را ببندید: رأی‌ها هنوز ممکن است تغییر کنند.</translation>
    </message>
    <message>
        <source>No item&apos;s votes spread {spread} or more: no new round is needed.</source>
        <translation>پراکندگی رأی‌های هیچ موردی به {spread} یا بیشتر نمی‌رسد: دور تازه لازم نیست.</translation>
    </message>
    <message>
        <source>There is no round {round} of the {vote}.</source>
        <translation>دور {round} از «{vote}» وجود ندارد.</translation>
    </message>
    <message>
        <source>Rounds are numbered from 1.</source>
        <translation>دورها از 1 شماره‌گذاری می‌شوند.</translation>
    </message>
    <message>
        <source>{name} can only be read here: its lock file {lock} cannot be made ({reason}), so changes could not be kept safe from another window.</source>
        <translation>{name} اینجا فقط خواندنی است: فایل قفل آن {lock} ساخته نمی‌شود ({reason})، پس تغییرها از پنجره دیگر در امان نمی‌ماندند.</translation>
    </message>
    <message>
        <source>{name} is already open in another window ({holder}); close it there first.</source>
        <translation>{name} از پیش در پنجره دیگری باز است ({holder})؛ نخست آن را آنجا ببندید.</translation>
    </message>
    <message>
        <source>{name} is being opened and closed by another window; try again.</source>
        <translation>{name} در حال باز و بسته شدن در پنجره دیگری است؛ دوباره بکوشید.</translation>
    </message>
    <message>
        <source>{reason} (It comes from an older version and must be converted before it can be opened.)</source>
        <translation>{reason} (این فایل از نسخه‌ای قدیمی‌تر است و پیش از باز شدن باید تبدیل شود.)</translation>
    </message>
    <message>
        <source>{path} comes from an older version and must be converted, but: {error}</source>
        <translation>{path} از نسخه‌ای قدیمی‌تر است و باید تبدیل شود، ولی: {error}</translation>
    </message>
    <message>
        <source>{path} comes from an older version and must be converted, but its folder is read-only; copy it to a folder of your own and try again.</source>
        <translation>{path} از نسخه‌ای قدیمی‌تر است و باید تبدیل شود، ولی پوشه آن فقط‌خواندنی است؛ آن را در پوشه‌ای از آن خودتان رونوشت کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>{path} is open only for reading; nothing can be changed in it here.</source>
        <translation>{path} فقط برای خواندن باز است؛ اینجا چیزی در آن تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>The session file refused &apos;{label}&apos; ({error}); nothing was changed.</source>
        <translation>فایل نشست «{label}» را نپذیرفت ({error})؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; could not be done and nothing was changed (the session file refused it: {error}).</source>
        <translation>«{label}» انجام نشد و چیزی تغییر نکرد (فایل نشست آن را نپذیرفت: {error}).</translation>
    </message>
    <message>
        <source>Cannot {action} &apos;{label}&apos;: a vote in it has been changed since (from a phone); nothing was changed.</source>
        <translation>«{action}» برای «{label}» ممکن نیست: یکی از رأی‌های آن از آن پس (از یک تلفن) تغییر کرده است؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}.</source>
        <translation>{path} باز نمی‌شود: {error}.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of ZOPP Facilitator (file format {version}; this version reads up to {supported}); please update the app.</source>
        <translation>{path} با نسخه تازه‌تری از ZOPP Facilitator نوشته شده است (قالب فایل {version}؛ این نسخه تا {supported} را می‌خواند)؛ لطفاً برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <source>{path} is damaged{where} ({finding}); {advice}</source>
        <translation>{path} آسیب دیده است{where} ({finding})؛ {advice}</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); {advice}</source>
        <translation>{path} آسیب دیده است ({error})؛ {advice}</translation>
    </message>
    <message>
        <source>there is no good backup copy beside it.</source>
        <translation>کنار آن هیچ رونوشت پشتیبان سالمی نیست.</translation>
    </message>
    <message>
        <source>open its backup copy {name} instead (the newest one that is sound).</source>
        <translation>به جای آن رونوشت پشتیبان {name} را باز کنید (تازه‌ترین رونوشت سالم).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: it says it is in file format {version}, but its tables do not match that format ({error}), so it was changed by another program; nothing was changed in it. {advice}</source>
        <translation>{path} باز نمی‌شود: می‌گوید در قالب فایل {version} است، ولی جدول‌هایش با آن قالب جور نیستند ({error})، پس برنامه دیگری آن را تغییر داده است؛ چیزی در آن تغییر نکرد. {advice}</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>عامل محرک</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>محدودیت</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>اهمیت</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>توان</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>عامل محرک</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>محدودیت</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>threat ranking</source>
        <translation>رتبه‌بندی تهدیدها</translation>
    </message>
    <message>
        <source>prioritisation</source>
        <translation>اولویت‌بندی</translation>
    </message>
    <message>
        <source>Threat ranking</source>
        <translation>رتبه‌بندی تهدیدها</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>اولویت‌بندی</translation>
    </message>
    <message>
        <source>driver or threat</source>
        <translation>عامل محرک یا تهدید</translation>
    </message>
    <message>
        <source>link cause to effect</source>
        <translation>پیوند علت به معلول</translation>
    </message>
    <message>
        <source>remove item</source>
        <translation>حذف مورد</translation>
    </message>
    <message>
        <source>move item</source>
        <translation>جابه‌جایی مورد</translation>
    </message>
    <message>
        <source>arrange the diagram afresh</source>
        <translation>چیدن دوباره نمودار</translation>
    </message>
    <message>
        <source>move a box of the diagram</source>
        <translation>جابه‌جایی یک جعبه از نمودار</translation>
    </message>
    <message>
        <source>change activity references</source>
        <translation>تغییر ارجاع‌های فعالیت</translation>
    </message>
    <message>
        <source>change programme links</source>
        <translation>تغییر پیوندهای برنامه</translation>
    </message>
    <message>
        <source>change threats addressed</source>
        <translation>تغییر تهدیدهای هدف‌گرفته</translation>
    </message>
    <message>
        <source>edit recommendation</source>
        <translation>ویرایش توصیه</translation>
    </message>
    <message>
        <source>move action</source>
        <translation>جابه‌جایی اقدام</translation>
    </message>
    <message>
        <source>remove review</source>
        <translation>حذف بازبینی</translation>
    </message>
    <message>
        <source>add theme</source>
        <translation>افزودن موضوع</translation>
    </message>
    <message>
        <source>add {kind}</source>
        <translation>افزودن {kind}</translation>
    </message>
    <message>
        <source>edit {kind}</source>
        <translation>ویرایش {kind}</translation>
    </message>
    <message>
        <source>remove {kind}</source>
        <translation>حذف {kind}</translation>
    </message>
    <message>
        <source>move {kind}</source>
        <translation>جابه‌جایی {kind}</translation>
    </message>
    <message>
        <source>add {kind} draft</source>
        <translation>افزودن پیش‌نویس {kind}</translation>
    </message>
    <message>
        <source>remove {count} links</source>
        <translation>حذف {count} پیوند</translation>
    </message>
    <message>
        <source>remove {count} items</source>
        <translation>حذف {count} مورد</translation>
    </message>
    <message>
        <source>remove {count} actions</source>
        <translation>حذف {count} اقدام</translation>
    </message>
    <message>
        <source>paste {count} actions</source>
        <translation>چسباندن {count} اقدام</translation>
    </message>
    <message>
        <source>remove {count} {kinds}</source>
        <translation>حذف {count} {kinds}</translation>
    </message>
    <message>
        <source>paste {count} {kinds}</source>
        <translation>چسباندن {count} {kinds}</translation>
    </message>
    <message>
        <source>edit goal {fields}</source>
        <translation>ویرایش هدف کلان: {fields}</translation>
    </message>
    <message>
        <source>edit review {fields}</source>
        <translation>ویرایش بازبینی: {fields}</translation>
    </message>
    <message>
        <source>add programme item {code}</source>
        <translation>افزودن بند برنامه {code}</translation>
    </message>
    <message>
        <source>new theme {name}</source>
        <translation>موضوع تازه {name}</translation>
    </message>
    <message>
        <source>open round of {vote}</source>
        <translation>باز کردن دور {vote}</translation>
    </message>
    <message>
        <source>import {count} country return(s)</source>
        <translation>وارد کردن {count} گزارش کشور</translation>
    </message>
    <message>
        <source>import {kind} from {name}</source>
        <translation>وارد کردن «{kind}» از {name}</translation>
    </message>
    <message>
        <source>import {name}</source>
        <translation>وارد کردن {name}</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>کشورها</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>منطقه‌ها</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>results</source>
        <translation>نتیجه‌ها</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>تهدیدها</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>عوامل محرک</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>محدودیت‌ها</translation>
    </message>
    <message>
        <source>{name} ({code}) is in no region: its figures count as a region of their own in every range-wide figure.</source>
        <translation>{name} ({code}) در هیچ منطقه‌ای نیست: رقم‌های آن در همه رقم‌های کل گستره به عنوان منطقه‌ای جداگانه شمرده می‌شوند.</translation>
    </message>
    <message>
        <source>{count} vote(s) for {country} were given in the {region} working group, but {country2} is not in {region2}: they count nowhere.</source>
        <translation>{count} رأی برای {country} در گروه کاری {region} داده شد، ولی {country2} در {region2} نیست: این رأی‌ها هیچ جا شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <source>{label} by {voter}</source>
        <translation>{label} — {voter}</translation>
    </message>
    <message>
        <source>set {criterion} vote</source>
        <translation>ثبت رأی {criterion}</translation>
    </message>
    <message>
        <source>mark unknown {criterion} vote</source>
        <translation>علامت «نامعلوم» برای رأی {criterion}</translation>
    </message>
    <message>
        <source>clear {criterion} vote</source>
        <translation>پاک کردن رأی {criterion}</translation>
    </message>
    <message>
        <source>this sheet has no Importance, Capacity or Priority column, so it is not a ballot.</source>
        <translation>این برگه ستون اهمیت، توان یا اولویت ندارد، پس برگه رأی نیست.</translation>
    </message>
    <message>
        <source>this is not a country return workbook of this app (it has no About sheet).</source>
        <translation>این کارپوشه گزارش کشور از این برنامه نیست (برگه About ندارد).</translation>
    </message>
    <message>
        <source>Cannot {action} &apos;{label}&apos;: {vote} is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>«{action}» برای «{label}» ممکن نیست: «{vote}» بسته است، پس تا دوباره باز نشود هیچ رأیی تغییر نمی‌کند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Footnotes go on threat figures of the range-wide and by-region tables.</source>
        <translation>پانوشت‌ها روی رقم‌های تهدید در جدول‌های کل گستره و منطقه‌ای می‌آیند.</translation>
    </message>
    <message>
        <source>reveal the results of {vote}</source>
        <translation>نمایش نتایج {vote}</translation>
    </message>
    <message>
        <source>hide the results of {vote}</source>
        <translation>پنهان کردن نتایج {vote}</translation>
    </message>
    <message>
        <source>the spreadsheet turned what was typed into the date {date}; format the column as Text and type it again.</source>
        <translation>صفحه‌گسترده آنچه نوشته شده بود را به تاریخ {date} تبدیل کرد؛ قالب ستون را «متن» کنید و دوباره بنویسید.</translation>
    </message>
    <message>
        <source>the cell holds the formula {formula}, whose result was never saved; open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation>خانه فرمول {formula} را دارد که نتیجه‌اش هرگز ذخیره نشده است؛ فایل را در Excel یا LibreOffice باز کنید، ذخیره کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source> (only the first sheet is read: move the sheet &apos;{sheet}&apos; to the front)</source>
        <translation> (فقط برگه نخست خوانده می‌شود: برگه «{sheet}» را به آغاز ببرید)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>یک سند PDF</translation>
    </message>
    <message>
        <source>a database (a session file?)</source>
        <translation>یک پایگاه داده (فایل نشست؟)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>یک تصویر PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>یک تصویر JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>یک تصویر GIF</translation>
    </message>
    <message>
        <source>{count} further conservation targets (the plan has one species).</source>
        <translation>{count} هدف حفاظتی دیگر (برنامه یک گونه دارد).</translation>
    </message>
    <message>
        <source>{count} further goals (the plan has one Goal).</source>
        <translation>{count} هدف کلان دیگر (برنامه یک هدف کلان دارد).</translation>
    </message>
    <message>
        <source>{count} {kind} object(s).</source>
        <translation>{count} شیء {kind}.</translation>
    </message>
    <message>
        <source>The threat ratings: the workshop ranks the threats again by its own votes.</source>
        <translation>رتبه‌بندی تهدیدها: کارگاه تهدیدها را با رأی‌های خودش دوباره رتبه‌بندی می‌کند.</translation>
    </message>
    <message>
        <source>A second cause named &apos;{label}&apos; was renamed &apos;{label2} ({n})&apos;.</source>
        <translation>علت دومی به نام «{label}» به «{label2} ({n})» تغییر نام یافت.</translation>
    </message>
    <message>
        <source>{count} further conceptual model diagram(s).</source>
        <translation>{count} نمودار مدل مفهومی دیگر.</translation>
    </message>
    <message>
        <source>Result {name}: only its first indicator.</source>
        <translation>نتیجه {name}: فقط نخستین شاخص آن.</translation>
    </message>
    <message>
        <source>{count} task(s) under no strategy.</source>
        <translation>{count} کار زیر هیچ راهبردی نیست.</translation>
    </message>
    <message>
        <source>{count} objective(s) under no strategy.</source>
        <translation>{count} هدف زیر هیچ راهبردی نیست.</translation>
    </message>
    <message>
        <source>record action</source>
        <translation>ثبت اقدام</translation>
    </message>
    <message>
        <source>rename theme</source>
        <translation>تغییر نام موضوع</translation>
    </message>
    <message>
        <source>rename item</source>
        <translation>تغییر نام مورد</translation>
    </message>
    <message>
        <source>change status of item</source>
        <translation>تغییر وضعیت مورد</translation>
    </message>
    <message>
        <source>close {vote}</source>
        <translation>بستن {vote}</translation>
    </message>
    <message>
        <source>reopen {vote}</source>
        <translation>بازگشایی {vote}</translation>
    </message>
    <message>
        <source>add review: {title}</source>
        <translation>افزودن بازبینی: {title}</translation>
    </message>
    <message>
        <source>start review from earlier one: {title}</source>
        <translation>آغاز بازبینی از بازبینی پیشین: {title}</translation>
    </message>
    <message>
        <source>write a footnote</source>
        <translation>نوشتن پانوشت</translation>
    </message>
    <message>
        <source>remove a footnote</source>
        <translation>حذف پانوشت</translation>
    </message>
    <message>
        <source>{what} may hold at most {limit} characters (this one has {length}); shorten it — nothing was changed.</source>
        <translation>{what} حداکثر {limit} نویسه می‌گیرد (این یکی {length} نویسه دارد)؛ آن را کوتاه کنید — چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>A country&apos;s name</source>
        <translation>نام کشور</translation>
    </message>
    <message>
        <source>A participant&apos;s affiliation</source>
        <translation>وابستگی سازمانی شرکت‌کننده</translation>
    </message>
    <message>
        <source>A participant&apos;s name</source>
        <translation>نام شرکت‌کننده</translation>
    </message>
    <message>
        <source>A programme item&apos;s code</source>
        <translation>کد بند برنامه</translation>
    </message>
    <message>
        <source>A programme item&apos;s priority</source>
        <translation>اولویت بند برنامه</translation>
    </message>
    <message>
        <source>A programme item&apos;s responsible</source>
        <translation>مسئول بند برنامه</translation>
    </message>
    <message>
        <source>A region&apos;s abbreviation</source>
        <translation>اختصار منطقه</translation>
    </message>
    <message>
        <source>A region&apos;s name</source>
        <translation>نام منطقه</translation>
    </message>
    <message>
        <source>A result&apos;s assumptions and risks</source>
        <translation>فرض‌ها و خطرهای نتیجه</translation>
    </message>
    <message>
        <source>A result&apos;s baseline year</source>
        <translation>سال خط پایه نتیجه</translation>
    </message>
    <message>
        <source>A result&apos;s baseline</source>
        <translation>خط پایه نتیجه</translation>
    </message>
    <message>
        <source>A result&apos;s indicator</source>
        <translation>شاخص نتیجه</translation>
    </message>
    <message>
        <source>A result&apos;s means of verification</source>
        <translation>ابزار راستی‌آزمایی نتیجه</translation>
    </message>
    <message>
        <source>A result&apos;s target year</source>
        <translation>سال مقدار هدف نتیجه</translation>
    </message>
    <message>
        <source>A result&apos;s target</source>
        <translation>مقدار هدف نتیجه</translation>
    </message>
    <message>
        <source>A review&apos;s title</source>
        <translation>عنوان بازبینی</translation>
    </message>
    <message>
        <source>A theme&apos;s name</source>
        <translation>نام موضوع</translation>
    </message>
    <message>
        <source>An action&apos;s budget</source>
        <translation>بودجه اقدام</translation>
    </message>
    <message>
        <source>An action&apos;s countries</source>
        <translation>کشورهای اقدام</translation>
    </message>
    <message>
        <source>An action&apos;s funder</source>
        <translation>تأمین‌کننده اقدام</translation>
    </message>
    <message>
        <source>An action&apos;s period</source>
        <translation>دوره اقدام</translation>
    </message>
    <message>
        <source>An activity&apos;s actors</source>
        <translation>مجریان فعالیت</translation>
    </message>
    <message>
        <source>An activity&apos;s budget</source>
        <translation>بودجه فعالیت</translation>
    </message>
    <message>
        <source>An activity&apos;s indicator</source>
        <translation>شاخص فعالیت</translation>
    </message>
    <message>
        <source>An activity&apos;s timeline</source>
        <translation>زمان‌بندی فعالیت</translation>
    </message>
    <message>
        <source>An objective&apos;s assumptions and risks</source>
        <translation>فرض‌ها و خطرهای هدف</translation>
    </message>
    <message>
        <source>An objective&apos;s baseline year</source>
        <translation>سال خط پایه هدف</translation>
    </message>
    <message>
        <source>An objective&apos;s baseline</source>
        <translation>خط پایه هدف</translation>
    </message>
    <message>
        <source>An objective&apos;s indicator</source>
        <translation>شاخص هدف</translation>
    </message>
    <message>
        <source>An objective&apos;s means of verification</source>
        <translation>ابزار راستی‌آزمایی هدف</translation>
    </message>
    <message>
        <source>An objective&apos;s target year</source>
        <translation>سال مقدار هدف برای هدف</translation>
    </message>
    <message>
        <source>An objective&apos;s target</source>
        <translation>مقدار هدف برای هدف</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>A programme item</source>
        <translation>بند برنامه</translation>
    </message>
    <message>
        <source>A recommendation</source>
        <translation>توصیه</translation>
    </message>
    <message>
        <source>A result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>A session detail</source>
        <translation>جزئیات نشست</translation>
    </message>
    <message>
        <source>A threat, driver or constraint</source>
        <translation>تهدید، عامل محرک یا محدودیت</translation>
    </message>
    <message>
        <source>An action taken</source>
        <translation>اقدام انجام‌شده</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>An objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>The text of the Vision or Goal</source>
        <translation>متن چشم‌انداز یا هدف کلان</translation>
    </message>
    <message>
        <source>Who implemented an action</source>
        <translation>مجری اقدام</translation>
    </message>
    <message>
        <source>This round of the {vote} does not ask about that {kind}: it keeps its figures from the earlier round.</source>
        <translation>این دور از «{vote}» درباره آن {kind} نمی‌پرسد: رقم‌های دور پیشین آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>مورد</translation>
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
    <name>removal</name>
    <message>
        <source>objectives</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>results</source>
        <translation>نتیجه‌ها</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>items</source>
        <translation>موردها</translation>
    </message>
    <message>
        <source>links</source>
        <translation>پیوندها</translation>
    </message>
    <message>
        <source>priority votes</source>
        <translation>رأی‌های اولویت</translation>
    </message>
    <message>
        <source>ranking scores</source>
        <translation>امتیازهای رتبه‌بندی</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>کشورها</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>منطقه‌ها</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>محدودیت‌ها</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>عوامل محرک</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>تهدیدها</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>محدودیت</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>عامل محرک</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Removed {0} — Ctrl+Z brings it back.</source>
        <translation>حذف شد: {0} — Ctrl+Z آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Removed {0}, and with it {1} — Ctrl+Z brings them back.</source>
        <translation>حذف شد: {0}، و همراه آن {1} — Ctrl+Z همه را برمی‌گرداند.</translation>
    </message>
</context>
</TS>
