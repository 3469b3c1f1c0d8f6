<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityDetail</name>
    <message>
        <source>Recommendation for this activity (rewording, urgency, …)</source>
        <extracomment>share of the table&apos;s width per column (the table keeps them when resized)</extracomment>
        <translation>Рекомендация по мероприятию (формулировка, срочность, …)</translation>
    </message>
    <message>
        <source>Codes of the programme&apos;s items, e.g. 1.1.1, 1.1.2</source>
        <translation>Коды пунктов программы, напр. 1.1.1, 1.1.2</translation>
    </message>
    <message>
        <source>Programme items:</source>
        <translation>Пункты программы:</translation>
    </message>
    <message>
        <source>Actions taken (type in the last row to add one; Delete removes):</source>
        <translation>Принятые меры (новая — в последней строке; Delete удаляет):</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Рекомендация:</translation>
    </message>
    <message>
        <source>Proposed priority:</source>
        <translation>Предлагаемый приоритет:</translation>
    </message>
    <message>
        <source>Choose an activity on the left.</source>
        <translation>Выберите мероприятие слева.</translation>
    </message>
    <message>
        <source>Add a review (New review…) to record what was done.</source>
        <translation>Добавьте обзор (Новый обзор…), чтобы записать сделанное.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Workshop activities:</source>
        <translation>Мероприятия семинара:</translation>
    </message>
    <message>
        <source>None yet: link them from an activity of the plan</source>
        <translation>Пока нет: свяжите их из мероприятия плана</translation>
    </message>
    <message>
        <source>There is no programme item {0}; import the programme of work first.</source>
        <translation>Пункта программы {0} нет; сначала импортируйте программу работ.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;Сроки:</translation>
    </message>
    <message>
        <source>e.g. 2023–2025</source>
        <translation>напр. 2023–2025</translation>
    </message>
    <message>
        <source>Act&amp;or(s):</source>
        <translation>&amp;Исполнители:</translation>
    </message>
    <message>
        <source>who carries it out</source>
        <translation>кто выполняет</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Бюджет:</translation>
    </message>
    <message>
        <source>a rough figure</source>
        <translation>примерная сумма</translation>
    </message>
    <message>
        <source>&amp;See activities:</source>
        <translation>&amp;См. мероприятия:</translation>
    </message>
    <message>
        <source>numbers, e.g. 1.1.4, 2.3.1</source>
        <translation>номера, напр. 1.1.4, 2.3.1</translation>
    </message>
    <message>
        <source>&amp;Programme items:</source>
        <translation>&amp;Пункты программы:</translation>
    </message>
    <message>
        <source>codes, e.g. CAMI PoW 19.3</source>
        <translation>коды, напр. CAMI PoW 19.3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activity {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Мероприятие {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ActivityTree</name>
    <message>
        <source>Activities of the plan</source>
        <translation>Мероприятия плана</translation>
    </message>
    <message>
        <source>Programme of work</source>
        <translation>Программа работ</translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>(activity kind, activity id) of the chosen activity</extracomment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Objective </source>
        <translation>Задача </translation>
    </message>
</context>
<context>
    <name>BallotPreviewDialog</name>
    <message>
        <source>Import ballots</source>
        <extracomment>a column named with what it holds: &apos;D (Capacity)&apos;</extracomment>
        <translation>Импорт бюллетеней</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>Skip the rows with problems (they are not imported; the rest is)</source>
        <translation>Пропустить строки с ошибками (их не импортировать, остальное — да)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Файлы: {0}</translation>
    </message>
    <message>
        <source>What will change, per country:</source>
        <translation>Что изменится, по странам:</translation>
    </message>
    <message>
        <source>What will change, per participant:</source>
        <translation>Что изменится, по участникам:</translation>
    </message>
    <message>
        <source>Problems ({0}):</source>
        <translation>Ошибки ({0}):</translation>
    </message>
    <message>
        <source>Nothing can be read from these files for any country.</source>
        <translation>Из этих файлов нельзя прочитать ничего ни для одной страны.</translation>
    </message>
    <message>
        <source>Nothing can be read from these files for any participant.</source>
        <translation>Из этих файлов нельзя прочитать ничего ни для одного участника.</translation>
    </message>
    <message>
        <source>Nothing will be imported while problems remain: fix the files and import them again, or skip the rows with problems.</source>
        <translation>Пока остаются проблемы, ничего не будет импортировано: исправьте файлы и импортируйте их снова или пропустите строки с проблемами.</translation>
    </message>
    <message>
        <source>The import is one step: Undo takes it back.</source>
        <translation>Импорт — один шаг: «Отменить» вернёт всё назад.</translation>
    </message>
    <message>
        <source>{0} new</source>
        <translation>новых: {0}</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>изменено: {0}</translation>
    </message>
    <message>
        <source>{0} unchanged</source>
        <translation>без изменений: {0}</translation>
    </message>
    <message>
        <source>{0} left empty (earlier votes kept)</source>
        <translation>пустых: {0} (прежние голоса сохранены)</translation>
    </message>
    <message>
        <source>{0} for {1}: {2}</source>
        <translation>{0} за {1}: {2}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Table</source>
        <extracomment>the table&apos;s columns (the same as the exported comparison&apos;s)</extracomment>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Item or activity</source>
        <translation>Элемент или мероприятие</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Region or country</source>
        <translation>Регион или страна</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Тогда</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>В целом</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>исчезло</translation>
    </message>
    <message>
        <source>Then: {0}</source>
        <translation>Тогда: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Сейчас: {0}</translation>
    </message>
    <message>
        <source>Matched {0} items and activities ({1} by identity, {2} by label); {3} of {4} figures changed.</source>
        <translation>Сопоставлено элементов и мероприятий: {0} (по идентификатору — {1}, по названию — {2}); изменились показатели: {3} из {4}.</translation>
    </message>
    <message>
        <source>Only then: {0}</source>
        <translation>Только тогда: {0}</translation>
    </message>
    <message>
        <source>Only now: {0}</source>
        <translation>Только сейчас: {0}</translation>
    </message>
    <message>
        <source>Then versus now</source>
        <translation>Тогда и сейчас</translation>
    </message>
    <message>
        <source>Only the figures that changed</source>
        <translation>Только изменившиеся цифры</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Экспорт сравнения</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
        <translation>Документ PDF (*.pdf);;Электронная таблица (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The comparison was written to {0}.</source>
        <translation>Сравнение записано в {0}.</translation>
    </message>
    <message>
        <source>Compare with an earlier session</source>
        <translation>Сравнить с прежней сессией</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Нечего сравнивать</translation>
    </message>
    <message>
        <source>Start from an earlier workshop</source>
        <translation>Начать с прежнего семинара</translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation>Не удалось создать сессию</translation>
    </message>
    <message>
        <source>Seed the plan from a Miradi project</source>
        <translation>Заполнить план из проекта Miradi</translation>
    </message>
    <message>
        <source>Miradi projects (*.xmpz2);;All files (*)</source>
        <translation>Проекты Miradi (*.xmpz2);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Imported {0} problem-tree items, {1} links, {2} objectives and {3} activities from {4}. Undo takes it back.</source>
        <translation>Импортировано из {4}: элементов дерева проблем — {0}, связей — {1}, задач — {2}, мероприятий — {3}. Отмена возвращает всё назад.</translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>Не перенесено:</translation>
    </message>
    <message>
        <source>Miradi project imported</source>
        <translation>Проект Miradi импортирован</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Threat ranking, threats by region and country, activity priorities per country; as a spreadsheet, every table on its own sheet (CSV: one file each).</source>
        <translation>Ранжирование угроз, угрозы по регионам и странам, приоритеты мероприятий по странам; в таблице — каждая на своём листе (CSV: по файлу на таблицу).</translation>
    </message>
    <message>
        <source>Vision, Goal, objectives, results and activities with indicators, baseline and target, means of verification, assumptions, timeline, actors, budget and priority; as Word, one editable table.</source>
        <translation>Видение, цель, задачи, результаты и мероприятия с индикаторами, исходным и целевым уровнем, средствами проверки, допущениями, сроками, исполнителями, бюджетом и приоритетом; в Word — одна редактируемая таблица.</translation>
    </message>
    <message>
        <source>Everything for the rapporteur: glossary, participants, Vision, Goal, problem tree, tables, LogFrame, priorities and notes; as Word, with Word headings and tables to edit further.</source>
        <translation>Всё для докладчика: глоссарий, участники, видение, цель, дерево проблем, таблицы, LogFrame, приоритеты и заметки; в Word — с заголовками и таблицами Word для дальнейшей правки.</translation>
    </message>
    <message>
        <source>Actions taken per activity and country, their status and recommendations.</source>
        <translation>Принятые меры по мероприятиям и странам, их статус и рекомендации.</translation>
    </message>
    <message>
        <source>The plan for Miradi (Conservation Standards): the problem tree as causes with a conceptual-model diagram, objectives as strategies, results as objectives, activities as tasks.</source>
        <translation>План для Miradi (открытые стандарты охраны природы): дерево проблем как причины с диаграммой концептуальной модели, задачи как стратегии, результаты как цели, мероприятия как задания.</translation>
    </message>
    <message>
        <source>The LogFrame for donors&apos; reporting (IATI 2.03): one activity, a result per objective and result with its indicators.</source>
        <translation>LogFrame для отчётности перед донорами (IATI 2.03): одно мероприятие, по результату на каждую задачу и результат с его индикаторами.</translation>
    </message>
    <message>
        <source>LogFrame matrix</source>
        <translation>Матрица LogFrame</translation>
    </message>
    <message>
        <source>Score tables</source>
        <translation>Таблицы оценок</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>Протокол сессии</translation>
    </message>
    <message>
        <source>Monitoring overview</source>
        <translation>Обзор мониторинга</translation>
    </message>
    <message>
        <source>Miradi project</source>
        <translation>Проект Miradi</translation>
    </message>
    <message>
        <source>IATI activity file</source>
        <translation>Файл мероприятия IATI</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <extracomment>kind → (name, what it holds)</extracomment>
        <translation>Документ Word (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (.csv)</source>
        <translation>Файлы CSV (.csv)</translation>
    </message>
    <message>
        <source>Miradi project (.xmpz2)</source>
        <translation>Проект Miradi (.xmpz2)</translation>
    </message>
    <message>
        <source>IATI XML (.xml)</source>
        <translation>IATI XML (.xml)</translation>
    </message>
    <message>
        <source>Writing the {0} ({1})…</source>
        <extracomment>how a document&apos;s description wraps in the list documents finished so far, and what is being written now files written, and one sentence per document that could not be written</extracomment>
        <translation>Запись: {0} ({1})…</translation>
    </message>
    <message>
        <source>The {0} could not be written ({1}).</source>
        <translation>Не удалось записать: {0} ({1}).</translation>
    </message>
    <message>
        <source>The language of the documents&apos; headings, column names and page numbers; what the workshop typed stays as typed.</source>
        <extracomment>an export finished (files written or problems shown) what the running export left out on purpose, said with its result</extracomment>
        <translation>Язык заголовков, названий столбцов и номеров страниц в документах; введённое на семинаре остаётся как есть.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export all documents</source>
        <translation>Экспортировать все документы</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Save the documents in</source>
        <translation>Сохранить документы в</translation>
    </message>
    <message>
        <source>The monitoring overview was left out: add a review in the Monitoring step first.</source>
        <translation>Обзор мониторинга пропущен: сначала добавьте обзор на шаге «Мониторинг».</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>FigureDetails</name>
    <message>
        <source>Select a figure (or a dot of the chart) to see the votes behind it.</source>
        <extracomment>the figure&apos;s key and the footnote typed for it (&apos;&apos; removes it)</extracomment>
        <translation>Выберите число или точку графика, чтобы увидеть голоса.</translation>
    </message>
    <message>
        <source>Show votes</source>
        <translation>Показать голоса</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Голосующий</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>Footnote:</source>
        <translation>Сноска:</translation>
    </message>
    <message>
        <source>printed under the score tables; Enter keeps it, an empty field removes it</source>
        <translation>печатается под таблицами оценок; Enter сохраняет, пустое поле удаляет</translation>
    </message>
    <message>
        <source>range-wide</source>
        <translation>по всему ареалу</translation>
    </message>
    <message>
        <source>{0} of {1}, {2}: {3} — {4}</source>
        <translation>{0}: {1}, {2}: {3} — {4}</translation>
    </message>
    <message>
        <source>Hide votes</source>
        <translation>Скрыть голоса</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Vision: {0}</source>
        <translation>Видение: {0}</translation>
    </message>
    <message>
        <source>No Vision is adopted yet.</source>
        <translation>Видение ещё не принято.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <source>region memberships</source>
        <translation>членство в регионах</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>problem-tree items</source>
        <translation>элементы дерева проблем</translation>
    </message>
    <message>
        <source>links</source>
        <translation>связи</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>темы</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>задачи</translation>
    </message>
    <message>
        <source>results</source>
        <translation>результаты</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>programme items</source>
        <translation>пункты программы</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>голоса</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>обзоры</translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation>выполненные действия</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>рекомендации</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} и ещё {1}</translation>
    </message>
    <message>
        <source>{0}: {1} added</source>
        <translation>{0}: добавлено {1}</translation>
    </message>
    <message>
        <source>{0}: {1} changed</source>
        <translation>{0}: изменено {1}</translation>
    </message>
    <message>
        <source>nothing new (the session already holds all of it)</source>
        <translation>ничего нового (всё это уже есть в сессии)</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}.</source>
        <translation>{0} ({1}): {2}.</translation>
    </message>
    <message>
        <source>Empty cells ({0}) left votes given earlier as they were.</source>
        <translation>Пустые ячейки ({0}) оставили прежние голоса как были.</translation>
    </message>
    <message>
        <source>New participants: {0}.</source>
        <translation>Новые участники: {0}.</translation>
    </message>
    <message>
        <source>Is {0} a typing slip for {1}, who is in the session already?</source>
        <translation>Может быть, {0} — опечатка, и имелся в виду {1}, который уже есть в сессии?</translation>
    </message>
    <message>
        <source>Columns not used: {0}.</source>
        <translation>Неиспользованные столбцы: {0}.</translation>
    </message>
    <message>
        <source>Scores are imported from a votes file, one vote per row: participant, scope, item, criterion, value.</source>
        <translation>Оценки импортируются из файла голосов, по голосу в строке: participant, scope, item, criterion, value.</translation>
    </message>
</context>
<context>
    <name>ImportanceCapacityChart</name>
    <message>
        <source>Importance {0}, capacity {1}</source>
        <extracomment>a dot was clicked: the item&apos;s id</extracomment>
        <translation>Важность {0}, потенциал {1}</translation>
    </message>
    <message>
        <source>Importance/severity (0 = non-existent … 3 = major)</source>
        <translation>Важность/серьёзность (0 = отсутствует … 3 = высокая)</translation>
    </message>
    <message>
        <source>Capacity (1 = poor … 3 = good)</source>
        <translation>Потенциал (1 = слабый … 3 = хороший)</translation>
    </message>
    <message>
        <source>help needed most</source>
        <translation>помощь нужнее всего</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Constraints</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Движущие факторы</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
    <message>
        <source>Link the cause to the effect (Ctrl+Enter in either box does the same)</source>
        <translation>Связать причину со следствием (то же делает Ctrl+Enter в любом поле)</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>&amp;Следствие:</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>причину</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>следствие</translation>
    </message>
    <message>
        <source>More than one item holds &apos;{0}&apos;: type more of the {1}, or choose it from the list.</source>
        <translation>«{0}» есть в нескольких пунктах: введите {1} подробнее или выберите из списка.</translation>
    </message>
    <message>
        <source>Choose the {0} from the list of items first.</source>
        <translation>Сначала выберите {0} из списка.</translation>
    </message>
    <message>
        <source>Constraints are causes, not effects: they let threats and drivers act. Link {0} → {1} anyway?</source>
        <translation>Ограничения — это причины, а не следствия: они позволяют угрозам и движущим факторам действовать. Всё равно связать {0} → {1}?</translation>
    </message>
    <message>
        <source>Not linked: a constraint is a cause, not an effect.</source>
        <translation>Не связано: ограничение — причина, а не следствие.</translation>
    </message>
    <message>
        <source>Link to a constraint?</source>
        <translation>Связать с ограничением?</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>Всё равно связать</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>No phone has connected yet. If phones cannot open the address, the Wi-Fi probably keeps devices apart (client isolation): connect the laptop and the phones to a phone hotspot or a travel router instead, or carry on with the shared screen and ballots, which keep working.</source>
        <extracomment>how often the board and results are redrawn while phones vote (ms) after this long with no phone, say why phones may not reach the laptop (s)</extracomment>
        <translation>Ни один телефон ещё не подключился. Если телефоны не открывают адрес, Wi-Fi, вероятно, разделяет устройства (изоляция клиентов): подключите ноутбук и телефоны к точке доступа телефона или к дорожному роутеру либо продолжайте на общем экране и бюллетенями — они работают.</translation>
    </message>
    <message>
        <source>Start live voting</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Закрыть приём</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Показать итоги</translation>
    </message>
    <message>
        <source>Personal QR codes (PDF)…</source>
        <translation>QR-коды (PDF)…</translation>
    </message>
    <message>
        <source>Release a phone…</source>
        <translation>Освободить телефон…</translation>
    </message>
    <message>
        <source>Let a participant sign in on another phone</source>
        <translation>Разрешить участнику войти с другого телефона</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Сеть:</translation>
    </message>
    <message>
        <source>Scan the code, or open:</source>
        <translation>Отсканируйте код или откройте:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Код входа:</translation>
    </message>
    <message>
        <source>Live voting needs a session saved as a file.</source>
        <translation>Для голосования с телефонов сессия должна быть сохранена в файл.</translation>
    </message>
    <message>
        <source>Live voting could not start on {0}: {1}.</source>
        <translation>Не удалось начать голосование на {0}: {1}.</translation>
    </message>
    <message>
        <source>Live voting is on at {0}; join code {1}.</source>
        <translation>Голосование идёт по адресу {0}; код входа {1}.</translation>
    </message>
    <message>
        <source>Live voting stopped; phones can no longer reach the laptop.</source>
        <translation>Голосование остановлено; телефоны больше не связываются с ноутбуком.</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>No participant is signed in on a phone.</source>
        <translation>Ни один участник не вошёл с телефона.</translation>
    </message>
    <message>
        <source>Release a phone</source>
        <translation>Освободить телефон</translation>
    </message>
    <message>
        <source>Let this participant sign in on another phone:</source>
        <translation>Разрешить этому участнику войти с другого телефона:</translation>
    </message>
    <message>
        <source>{0} can now sign in on another phone.</source>
        <translation>{0} теперь может войти с другого телефона.</translation>
    </message>
    <message>
        <source>The participant can now sign in on another phone.</source>
        <translation>Участник теперь может войти с другого телефона.</translation>
    </message>
    <message>
        <source>Personal QR codes</source>
        <translation>Личные QR-коды</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be written to {0}: {1}.</source>
        <translation>Не удалось записать лист в {0}: {1}.</translation>
    </message>
    <message>
        <source>Personal QR codes written to {0}.</source>
        <translation>Личные QR-коды записаны в {0}.</translation>
    </message>
    <message>
        <source>Phones connected: {0}</source>
        <translation>Подключено телефонов: {0}</translation>
    </message>
</context>
<context>
    <name>LogFramePage</name>
    <message>
        <source>No Objectives yet: the matrix fills in as Objectives, Results and Activities are written.</source>
        <extracomment>column → width its longest unbreakable entry needs (timeline, budget)</extracomment>
        <translation>Задач пока нет: матрица заполняется по мере записи задач, результатов и мероприятий.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What is this step?</source>
        <extracomment>the step list&apos;s width (pixels) at zoom 1.0: room for the longest step title the most characters of the workshop&apos;s title shown in the title bar</extracomment>
        <translation>Что это за шаг?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Шаг</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Недавних сессий нет</translation>
    </message>
    <message>
        <source>{0} is already open.</source>
        <translation>{0} уже открыт.</translation>
    </message>
    <message>
        <source>The session could not be opened</source>
        <translation>Не удалось открыть сессию</translation>
    </message>
    <message>
        <source>The backup could not be copied</source>
        <translation>Не удалось скопировать резервную копию</translation>
    </message>
    <message>
        <source>Opened {0}, a copy of {1}.</source>
        <translation>Открыт {0} — копия {1}.</translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation>Не удалось создать сессию</translation>
    </message>
    <message>
        <source>No copy was saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <source>{0} cannot be written there ({1}); choose another folder.</source>
        <translation>{0} нельзя записать туда ({1}); выберите другую папку.</translation>
    </message>
    <message>
        <source>A copy of the session was saved as {0}.</source>
        <translation>Копия сессии сохранена как {0}.</translation>
    </message>
    <message>
        <source>Undone: {0}. Redo with Ctrl+Shift+Z.</source>
        <translation>Отменено: {0}. Вернуть — Ctrl+Shift+Z.</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Возвращено: {0}.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Семинар без названия</translation>
    </message>
    <message>
        <source>not saved to a file</source>
        <translation>не сохранено в файл</translation>
    </message>
    <message>
        <source>saving typing…</source>
        <translation>сохранение ввода…</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>все изменения сохранены</translation>
    </message>
    <message>
        <source>in memory only</source>
        <translation>только в памяти</translation>
    </message>
    <message>
        <source>Zoom {0} %</source>
        <translation>Масштаб {0} %</translation>
    </message>
    <message>
        <source>Open a session first: the presenter view shows its steps.</source>
        <extracomment>the most of the window&apos;s width the step list takes before it shows numbers only</extracomment>
        <translation>Сначала откройте сессию: режим докладчика показывает её шаги.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
        <translation>Документ PDF (*.pdf);;Таблица (*.xlsx)</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Обзор:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Actions taken since</source>
        <translation>Меры с года</translation>
    </message>
    <message>
        <source>Recommendations until</source>
        <translation>Рекомендации до</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>New review…</source>
        <translation>Новый обзор…</translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation>Удалить обзор</translation>
    </message>
    <message>
        <source>Import programme…</source>
        <translation>Импорт программы…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Country returns…</source>
        <translation>Отчёты стран…</translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation>Импорт отчётов…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Import a programme of work</source>
        <translation>Импорт программы работ</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Экспорт обзора</translation>
    </message>
    <message>
        <source>The overview can be written as .pdf or .xlsx, not &apos;{0}&apos;.</source>
        <translation>Обзор можно записать как .pdf или .xlsx, но не «{0}».</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}.</source>
        <translation>{0} не удалось записать: {1}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation>Новый обзор</translation>
    </message>
    <message>
        <source>e.g. Midterm review {0}</source>
        <translation>напр. Промежуточный обзор {0}</translation>
    </message>
    <message>
        <source>Year the plan began, e.g. 2022</source>
        <translation>Год начала плана, напр. 2022</translation>
    </message>
    <message>
        <source>Nothing (an empty record)</source>
        <translation>Ничего (пустая запись)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Actions taken since:</source>
        <translation>Меры с года:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Начать с:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Open round {0}</source>
        <translation>Открыть тур {0}</translation>
    </message>
    <message>
        <source>Ask again about every item</source>
        <translation>Спросить снова обо всех пунктах</translation>
    </message>
    <message>
        <source>Ask again only where the votes range at least</source>
        <translation>Спросить снова только там, где разброс голосов не меньше</translation>
    </message>
    <message>
        <source>The highest vote minus the lowest, on any criterion</source>
        <translation>Наибольший голос минус наименьший, по любому критерию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Every vote given so far is kept as round {0}. The items asked again start empty; the others keep their figures.</source>
        <translation>Все голоса, поданные до сих пор, сохраняются как тур {0}. Пункты, о которых спрашивают снова, начинаются пустыми; остальные сохраняют свои оценки.</translation>
    </message>
    <message>
        <source>All {0} items are asked again.</source>
        <translation>Снова спрашивают обо всех {0} пунктах.</translation>
    </message>
    <message>
        <source>No item&apos;s votes range that far: no item is asked again.</source>
        <translation>Ни у одного пункта нет такого разброса голосов: снова не спрашивают ни о чём.</translation>
    </message>
    <message>
        <source>{0} of {1} items are asked again: {2}</source>
        <translation>Снова спрашивают о {0} из {1} пунктов: {2}</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>choose or type a new theme, then Enter</source>
        <translation>выберите или введите новую тему, затем Enter</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Направлена на:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Задача {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
</context>
<context>
    <name>OutlineWidget</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Выберите строку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Where the chain breaks (double-click or Enter to go there):</source>
        <translation>Где рвётся цепочка (двойной щелчок или Enter — перейти):</translation>
    </message>
    <message>
        <source>The chain holds: nothing to fix.</source>
        <translation>Цепочка цела: исправлять нечего.</translation>
    </message>
    <message>
        <source>New objective: type and press Enter; paste adds one per line</source>
        <translation>Новая задача: введите и нажмите Enter; вставка — по строке на задачу</translation>
    </message>
    <message>
        <source>New result (first select the objective it belongs to): type and press Enter; paste adds one per line</source>
        <translation>Новый результат (сначала выберите задачу): введите, Enter; вставка — по строке на результат</translation>
    </message>
    <message>
        <source>New result under objective {0}: type and press Enter; paste adds one per line</source>
        <translation>Новый результат к {0}: введите, Enter; вставка — по строке на результат</translation>
    </message>
    <message>
        <source>New activity (first select the result it belongs to): type and press Enter; paste adds one per line</source>
        <translation>Новое мероприятие (сначала выберите результат): введите, Enter; вставка — по строке</translation>
    </message>
    <message>
        <source>New activity under result {0}: type and press Enter; paste adds one per line</source>
        <translation>Новое мероприятие к {0}: введите, Enter; вставка — по строке на мероприятие</translation>
    </message>
    <message>
        <source>That change could not be made.</source>
        <translation>Это изменение внести не удалось.</translation>
    </message>
    <message>
        <source>Select the objective the new result belongs to first.</source>
        <translation>Сначала выберите задачу, к которой относится новый результат.</translation>
    </message>
    <message>
        <source>Select the result the new activity belongs to first.</source>
        <translation>Сначала выберите результат, к которому относится новое мероприятие.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Кем выполнено</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>No action recorded.</source>
        <translation>Меры не записаны.</translation>
    </message>
    <message>
        <source>Proposed priority:</source>
        <extracomment>a quiet note&apos;s colour, adjusted to the view&apos;s background in either theme</extracomment>
        <translation>Предлагаемый приоритет:</translation>
    </message>
    <message>
        <source> since {0}</source>
        <translation> с {0}</translation>
    </message>
    <message>
        <source>Objective </source>
        <translation>Задача </translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation>Сводка статусов</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Changes since {0}</source>
        <translation>Изменения с {0}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>No activities to monitor yet: add activities in the Activities step, or import an external programme of work.</source>
        <translation>Пока нечего отслеживать: добавьте мероприятия на шаге «Мероприятия» или импортируйте внешнюю программу работ.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The {0} step is not available in this version of ZOPP Facilitator.</source>
        <translation>Шаг «{0}» недоступен в этой версии ZOPP Facilitator.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The system&apos;s language ({0})</source>
        <translation>Язык системы ({0})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Where do we want the species to be in 25–50 years?</source>
        <extracomment>the question the room answers in each step (others show the step&apos;s definition)</extracomment>
        <translation>Где мы хотим видеть вид через 25–50 лет?</translation>
    </message>
    <message>
        <source>What do we want to achieve in the next 10–20 years?</source>
        <translation>Чего мы хотим достичь в ближайшие 10–20 лет?</translation>
    </message>
    <message>
        <source>What harms the species, what drives it, and what lets it happen?</source>
        <translation>Что вредит виду, что за этим стоит и что это допускает?</translation>
    </message>
    <message>
        <source>How important is each driver and threat (0 = non-existent … 3 = major), and how good is the capacity to address it (1 = poor … 3 = good)?</source>
        <translation>Насколько важен каждый движущий фактор и угроза (0 = отсутствует … 3 = высокая) и насколько велика способность им противостоять (1 = слабая … 3 = хорошая)?</translation>
    </message>
    <message>
        <source>What priority has each activity for your country (1 = low … 3 = high)?</source>
        <translation>Какой приоритет у каждого мероприятия для вашей страны (1 = низкий … 3 = высокий)?</translation>
    </message>
    <message>
        <source>ZOPP Facilitator — for the room</source>
        <extracomment>the smallest type (points on screen) the diagram is shown at before it scrolls instead</extracomment>
        <translation>ZOPP Facilitator — для зала</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(ещё не написано)</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Голосующий</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>Voter {n}</source>
        <translation>Голосующий {n}</translation>
    </message>
</context>
<context>
    <name>PrioritisationPage</name>
    <message>
        <source>All activities</source>
        <extracomment>the priorities filter: (label, (&apos;top&apos;, N) | (&apos;above&apos;, threshold) | None)</extracomment>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <source>Top 10 overall</source>
        <translation>10 лучших в целом</translation>
    </message>
    <message>
        <source>Top 20 overall</source>
        <translation>20 лучших в целом</translation>
    </message>
    <message>
        <source>Overall 2.5 or more</source>
        <translation>В целом 2,5 и выше</translation>
    </message>
    <message>
        <source>Overall 2.0 or more</source>
        <translation>В целом 2,0 и выше</translation>
    </message>
    <message>
        <source>Click a column heading to sort.</source>
        <translation>Щёлкните заголовок столбца для сортировки.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
</context>
<context>
    <name>ProblemTreePage</name>
    <message>
        <source>Type and press Enter to add the next; paste lines to add one item per line; Delete removes (Ctrl+Z brings it back); Alt+Up/Down moves</source>
        <translation>Введите и нажмите Enter, чтобы добавить следующий; вставка строк добавляет по пункту на строку; Delete удаляет (Ctrl+Z возвращает); Alt+Вверх/Вниз перемещает</translation>
    </message>
    <message>
        <source>dashed: emerging  ┆ arrows: cause → effect</source>
        <translation>пунктир: возникающие  ┆ стрелки: причина → следствие</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>The whole tree in the window (zoom with + and −)</source>
        <translation>Всё дерево в окне (масштаб — клавишами + и −)</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Сохранить рисунок…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG</source>
        <translation>Сохранить диаграмму как PNG или SVG</translation>
    </message>
    <message>
        <source>Arrange afresh</source>
        <translation>Расставить заново</translation>
    </message>
    <message>
        <source>Forget the boxes&apos; dragged places (Ctrl+Z brings them back)</source>
        <translation>Забыть места, куда перетащены блоки (Ctrl+Z вернёт их)</translation>
    </message>
    <message>
        <source>Diagram only</source>
        <translation>Только схема</translation>
    </message>
    <message>
        <source>Hide the lists and links to give the diagram the whole page (F6)</source>
        <translation>Скрыть списки и связи, отдав схеме всю страницу (F6)</translation>
    </message>
    <message>
        <source>Save the problem tree</source>
        <translation>Сохранить дерево проблем</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Рисунок PNG (*.png);;Чертёж SVG (*.svg)</translation>
    </message>
    <message>
        <source>The picture could not be saved: {0}.</source>
        <translation>Не удалось сохранить рисунок: {0}.</translation>
    </message>
    <message>
        <source>The problem tree was saved as {0}.</source>
        <translation>Дерево проблем сохранено как {0}.</translation>
    </message>
    <message>
        <source>That change could not be made.</source>
        <translation>Это изменение внести не удалось.</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Voter</source>
        <translation>Голосующий</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Type here to add a new row; paste rows from a spreadsheet with Ctrl+V.</source>
        <extracomment>a cell&apos;s text longer than this may not fit its row: it gets a tooltip and shows its beginning this column takes the table&apos;s spare width (the others fit their contents) (row, column) of the last cell the user changed</extracomment>
        <translation>Введите здесь, чтобы добавить строку; строки из таблицы вставляются клавишами Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>SMART:</source>
        <translation>SMART:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Результат {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ReturnsDialogs</name>
    <message>
        <source>Folder for the country return workbooks</source>
        <translation>Папка для книг отчётов стран</translation>
    </message>
    <message>
        <source>Country returns</source>
        <translation>Отчёты стран</translation>
    </message>
    <message>
        <source>Add a review first: the returns are made for a review.</source>
        <translation>Сначала добавьте обзор: отчёты стран составляются для обзора.</translation>
    </message>
    <message>
        <source>{0} return workbooks were written to {1}: send each to its country&apos;s focal point, then import the returned workbooks here.</source>
        <translation>Книг отчётов записано в {1}: {0}. Отправьте каждую координатору своей страны, затем импортируйте возвращённые книги здесь.</translation>
    </message>
    <message>
        <source>Returned country workbooks</source>
        <translation>Возвращённые книги стран</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import country returns</source>
        <translation>Импорт отчётов стран</translation>
    </message>
    <message>
        <source>Country returns imported from {0} file(s).</source>
        <translation>Отчёты стран импортированы из файлов: {0}.</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <source>how we will know it is achieved</source>
        <translation>как мы узнаем, что это достигнуто</translation>
    </message>
    <message>
        <source>Base&amp;line:</source>
        <translation>Исходный &amp;уровень:</translation>
    </message>
    <message>
        <source>value at the start, e.g. 6 of 13</source>
        <translation>значение в начале, напр. 6 из 13</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Целевое значение:</translation>
    </message>
    <message>
        <source>value to reach, e.g. 13 of 13</source>
        <translation>целевое значение, напр. 13 из 13</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>&amp;Проверка:</translation>
    </message>
    <message>
        <source>means of verification, sources</source>
        <translation>средства проверки, источники</translation>
    </message>
    <message>
        <source>Assu&amp;mptions:</source>
        <translation>&amp;Допущения:</translation>
    </message>
    <message>
        <source>assumptions and risks</source>
        <translation>допущения и риски</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Шифр документа</translation>
    </message>
    <message>
        <source>Enter adds the next; Delete removes; Ctrl+Z undoes</source>
        <translation>Enter добавляет следующего; Delete удаляет; Ctrl+Z отменяет</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Countries (range states)</source>
        <translation>Страны (страны ареала)</translation>
    </message>
    <message>
        <source>Enter adds the next; Ctrl+V pastes rows</source>
        <translation>Enter добавляет следующую; Ctrl+V вставляет строки</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Enter on Countries opens the list to tick</source>
        <translation>Enter в «Странах» открывает список для отметки</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation>&amp;Импорт из CSV/XLSX…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; &lt;small&gt;({0})&lt;/small&gt;</source>
        <translation>&lt;b&gt;Участники&lt;/b&gt; &lt;small&gt;({0})&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants: {0}, {1} voting&lt;/b&gt; &lt;small&gt;({2})&lt;/small&gt;</source>
        <translation>&lt;b&gt;Участников: {0}, голосуют: {1}&lt;/b&gt; &lt;small&gt;({2})&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The code {0} cannot be changed; remove the country and add it again.</source>
        <translation>Код {0} изменить нельзя; удалите страну и добавьте её снова.</translation>
    </message>
    <message>
        <source>The region {0} keeps its name and abbreviation; remove it and add it again to change them.</source>
        <translation>Название и сокращение региона {0} не меняются; чтобы изменить их, удалите регион и добавьте снова.</translation>
    </message>
    <message>
        <source>{0} no longer votes: {1} of their votes stop counting (tick the box again or press Ctrl+Z to count them).</source>
        <translation>{0} больше не голосует: голоса ({1}) не учитываются (отметьте поле снова или нажмите Ctrl+Z, чтобы вернуть их).</translation>
    </message>
    <message>
        <source>{0} votes again: {1} votes count again.</source>
        <translation>{0} снова голосует: голоса ({1}) снова учитываются.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Not everything was imported</source>
        <translation>Импортировано не всё</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>done</source>
        <extracomment>step id → (module, class) of its page status → (mark shown before the title, words for screen readers and tooltips)</extracomment>
        <translation>готово</translation>
    </message>
    <message>
        <source>started</source>
        <translation>начато</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
</context>
<context>
    <name>TextStepPage</name>
    <message>
        <source>Type the {0} here.</source>
        <extracomment>milliseconds of quiet after typing before the text is saved: a sentence typed just before the laptop dies is in the file, and still one undo step per pause the text being drafted is larger than the rest, for the room to read on the projector</extracomment>
        <translation>Введите здесь: {0}.</translation>
    </message>
    <message>
        <source>Drafts (✔ = adopted):</source>
        <translation>Черновики (✔ = принят):</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <source>Keep the text as it is now as a draft (Ctrl+Shift+D)</source>
        <translation>Сохранить текущий текст как черновик (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Adopt draft</source>
        <translation>&amp;Принять черновик</translation>
    </message>
    <message>
        <source>Make the selected draft the adopted text (Enter in the list)</source>
        <translation>Сделать выбранный черновик принятым текстом (Enter в списке)</translation>
    </message>
    <message>
        <source>Type the text first; an empty draft is not kept.</source>
        <translation>Сначала введите текст; пустой черновик не сохраняется.</translation>
    </message>
    <message>
        <source>Choose a draft in the list first.</source>
        <translation>Сначала выберите черновик в списке.</translation>
    </message>
</context>
<context>
    <name>ThreatRankingPage</name>
    <message>
        <source>Brackets also for equal figures, as the reference does</source>
        <translation>Скобки и для равных значений, как в исходном документе</translation>
    </message>
    <message>
        <source>List every country that voted, e.g. 3.0 (UZ 3) (AF 3)</source>
        <translation>Перечислить все проголосовавшие страны, напр. 3.0 (UZ 3) (AF 3)</translation>
    </message>
    <message>
        <source>Range-wide (Table 3.1)</source>
        <translation>По всему ареалу (табл. 3.1)</translation>
    </message>
    <message>
        <source>By region (Appendix III)</source>
        <translation>По регионам (прил. III)</translation>
    </message>
    <message>
        <source>Importance × capacity</source>
        <translation>Важность × потенциал</translation>
    </message>
    <message>
        <source>Compare with country:</source>
        <translation>Сравнить со страной:</translation>
    </message>
    <message>
        <source>{0}: no room here at this size; see {1}.</source>
        <translation>{0}: здесь не помещается при этом масштабе; см. {1}.</translation>
    </message>
    <message>
        <source>Footnote kept; the score tables print it under the table.</source>
        <translation>Сноска сохранена; таблицы оценок печатают её под таблицей.</translation>
    </message>
    <message>
        <source>Footnote removed.</source>
        <translation>Сноска удалена.</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <source>{0}: {1}; &apos;-&apos; = unknown</source>
        <translation>{0}: {1}; «-» = неизвестно</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>Фактор или угроза</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Reveal results</source>
        <translation>Показать итоги</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Открыть голосование снова</translation>
    </message>
    <message>
        <source>The vote closed when the results were revealed</source>
        <translation>Голосование закрылось, когда были показаны итоги</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Закрыть приём</translation>
    </message>
    <message>
        <source>No vote can change until it is reopened</source>
        <translation>Ни один голос не может измениться, пока голосование не открыто снова</translation>
    </message>
    <message>
        <source>Next round…</source>
        <translation>Следующий тур…</translation>
    </message>
    <message>
        <source>Keep these votes as a round and ask again about every item or the disputed ones</source>
        <translation>Сохранить эти голоса как тур и спросить снова обо всех пунктах или о спорных</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>The results are hidden while people vote.
Press “Reveal results” to show them.</source>
        <translation>Итоги скрыты, пока идёт голосование.
Нажмите «Показать итоги», чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Results (hidden until revealed)</source>
        <translation>Итоги (скрыты до показа)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Export ballots…</source>
        <translation>Выдать бюллетени…</translation>
    </message>
    <message>
        <source>One workbook per participant…</source>
        <translation>По книге на участника…</translation>
    </message>
    <message>
        <source>One workbook per country…</source>
        <translation>По книге на страну…</translation>
    </message>
    <message>
        <source>Import ballots…</source>
        <translation>Принять бюллетени…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>{0} of {1} voters has not voted — reveal anyway?</source>
        <translation>{0} из {1} голосующих не проголосовал — всё равно показать?</translation>
    </message>
    <message>
        <source>{0} of {1} voters have not voted — reveal anyway?</source>
        <translation>{0} из {1} голосующих не проголосовали — всё равно показать?</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Показать результаты</translation>
    </message>
    <message>
        <source>Reveal anyway</source>
        <translation>Всё равно показать</translation>
    </message>
    <message>
        <source>Results revealed; the vote is closed (Reopen voting lets people change their votes).</source>
        <translation>Результаты показаны; голосование закрыто (повторное открытие позволит изменить голоса).</translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation>Голосование снова открыто.</translation>
    </message>
    <message>
        <source>Vote — round {0}</source>
        <translation>Голос — тур {0}</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Скрыть итоги</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Folder for the ballots</source>
        <translation>Папка для бюллетеней</translation>
    </message>
    <message>
        <source>The ballots could not be written to {0}: {1}</source>
        <translation>Не удалось записать бюллетени в {0}: {1}</translation>
    </message>
    <message>
        <source>{0} ballot workbook(s) written to {1}.</source>
        <translation>Книг бюллетеней записано в {1}: {0}.</translation>
    </message>
    <message>
        <source>Returned ballots</source>
        <translation>Возвращённые бюллетени</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Ballots imported from {0}.</source>
        <translation>Бюллетени импортированы из {0}.</translation>
    </message>
</context>
<context>
    <name>VoterPicker</name>
    <message>
        <source>No one votes yet: mark participants as voting in Session &amp; people.</source>
        <translation>Пока никто не голосует: отметьте голосующих на шаге «Сессия и участники».</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Choose who is voting</source>
        <extracomment>a panel shorter than this many lines of the window&apos;s type (200 % zoom on a 720-pixel screen) folds the voters&apos; list into a drop-down above the grid: the grid takes the whole width, so its items wrap into few lines and several show at once the grid&apos;s type against the window&apos;s: normally, and on a short screen on a short screen, the lines of an item&apos;s text shown but for the item being voted on tones of the line under the grid; the theme&apos;s stylesheet colours them (QLabel[tone=…])</extracomment>
        <translation>Выберите голосующего</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Кто голосует</translation>
    </message>
    <message>
        <source>Progress (cells answered)</source>
        <translation>Ход (заполнено ячеек)</translation>
    </message>
    <message>
        <source>Vo&amp;tes for</source>
        <translation>Голос &amp;за</translation>
    </message>
    <message>
        <source>Type a digit to score, &apos;-&apos; for unknown, Delete to clear; arrows, Tab and Enter move; PageDown: next voter, PageUp: previous.</source>
        <translation>Цифра — оценка, «-» — неизвестно, Delete — очистить; стрелки, Tab и Enter — переход; PageDown — следующий голосующий, PageUp — предыдущий.</translation>
    </message>
    <message>
        <source>There is no country or region to vote for yet: add them in Session &amp; people.</source>
        <translation>Пока нет ни страны, ни региона, за которые можно голосовать: добавьте их на шаге «Сессия и участники».</translation>
    </message>
    <message>
        <source>That was the last voter.</source>
        <translation>Это был последний голосующий.</translation>
    </message>
    <message>
        <source>This is the first voter.</source>
        <translation>Это первый голосующий.</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation>Не сохранено — {0}</translation>
    </message>
    <message>
        <source>Not saved — see the message in the status bar.</source>
        <translation>Не сохранено — см. сообщение в строке состояния.</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <source>Saved: {0} {1} for {2}</source>
        <translation>Сохранено: {0} {1} для {2}</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Every country</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>{name} ({code}) against the overall</source>
        <translation>{name} ({code}) в сравнении с общим</translation>
    </message>
    <message>
        <source>Range-wide only</source>
        <extracomment>first entry of the results&apos; country filter, and how a country is named in it</extracomment>
        <translation>Только по ареалу</translation>
    </message>
    <message>
        <source>Constraints, drivers and threats</source>
        <translation>Ограничения, движущие факторы и угрозы</translation>
    </message>
    <message>
        <source>Importance/severity</source>
        <translation>Важность/серьёзность</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <source>{0} importance</source>
        <translation>{0}: важность</translation>
    </message>
    <message>
        <source>{0} capacity</source>
        <translation>{0}: потенциал</translation>
    </message>
    <message>
        <source>Constraints (not ranked)</source>
        <translation>Ограничения (не ранжируются)</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>Фактор или угроза</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>{0} overall</source>
        <translation>{0}, всего</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>В целом</translation>
    </message>
</context>
<context>
    <name>VotingRounds</name>
    <message>
        <source>Which round the results show</source>
        <translation>Какой тур показывают результаты</translation>
    </message>
    <message>
        <source>Round {0} (now)</source>
        <translation>Тур {0} (сейчас)</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Тур {0}</translation>
    </message>
    <message>
        <source>Round {0} → {1} compared</source>
        <translation>Тур {0} → {1}: сравнение</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>Фактор или угроза</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Round {0} mean</source>
        <translation>Тур {0}: среднее</translation>
    </message>
    <message>
        <source>Round {0} spread</source>
        <translation>Тур {0}: разброс</translation>
    </message>
    <message>
        <source>Round {0} votes</source>
        <translation>Тур {0}: голосов</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Voting is closed: no vote can change until it is reopened.</source>
        <translation>Голосование закрыто: ни один голос не может измениться, пока оно не открыто снова.</translation>
    </message>
    <message>
        <source>Round {0} is open on every item.</source>
        <translation>Тур {0} открыт по всем пунктам.</translation>
    </message>
    <message>
        <source>Round {0} is open on {1} item(s); the others keep their figures.</source>
        <translation>Тур {0} открыт по {1} пунктам; остальные сохраняют свои оценки.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No session is open. Start a workshop, or continue one.</source>
        <translation>Сессия не открыта. Начните семинар или продолжите начатый.</translation>
    </message>
    <message>
        <source>&amp;New session… (Ctrl+N)</source>
        <translation>&amp;Новая сессия… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open session… (Ctrl+O)</source>
        <translation>&amp;Открыть сессию… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recent sessions (Enter or double-click opens):</source>
        <translation>Недавние сессии (Enter или двойной щелчок — открыть):</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New session…</source>
        <extracomment>id → (menu text, shortcut, checkable)</extracomment>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>&amp;Закрыть сессию</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Во весь экран</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокий контраст</translation>
    </message>
    <message>
        <source>&amp;Step list</source>
        <translation>&amp;Список шагов</translation>
    </message>
    <message>
        <source>&amp;What is this step?</source>
        <translation>&amp;Что это за шаг?</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Следующий шаг</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Предыдущий шаг</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>New &amp;from Earlier Workshop…</source>
        <translation>Новая &amp;из прежнего семинара…</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Earlier Session…</source>
        <translation>&amp;Сравнить с прежней сессией…</translation>
    </message>
    <message>
        <source>Import a M&amp;iradi Project…</source>
        <translation>&amp;Импорт проекта Miradi…</translation>
    </message>
    <message>
        <source>&amp;Presenter view (for the projector)</source>
        <translation>Режим &amp;докладчика (для проектора)</translation>
    </message>
    <message>
        <source>Voters&apos; &amp;names on the projector</source>
        <translation>&amp;Имена голосующих на проекторе</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>not started</source>
        <extracomment>an action&apos;s statuses (``mon.ACTION_STATUSES``) with their words</extracomment>
        <translation>не начато</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>A country, several separated by commas, or &apos;Regional&apos;</source>
        <translation>Страна, несколько через запятую или «Regional»</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Years, e.g. 2018-2019</source>
        <translation>Годы, напр. 2018-2019</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Кем выполнено</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Конкретный</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Измеримый</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Достижимый</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Значимый</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Ограничен по времени</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the columns shown besides number and text, per focus</extracomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Направлена на</translation>
    </message>
    <message>
        <source>Actor(s)</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>{0} item</source>
        <translation>пунктов: {0}</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>пунктов: {0}</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>the column headers as the app shows them (translated in the &quot;columns&quot; context)</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Narrative summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Objectively verifiable indicators</source>
        <translation>Индикаторы (объективно проверяемые)</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Средства проверки</translation>
    </message>
    <message>
        <source>Assumptions and risks</source>
        <translation>Допущения и риски</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>each column&apos;s share of the width, and its narrowest width (pixels at zoom 1.0) the columns that shrink when the view is narrow, in order when longer titles (Russian) still overflow, the summary gives way down to this width the columns whose longest entry should not be cut (timeline, budget) widest a timeline or budget column grows to fit its longest entry (pixels at zoom 1.0) long headers on two lines, so the columns stay narrow</extracomment>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Means of
verification</source>
        <translation>Средства
проверки</translation>
    </message>
    <message>
        <source>Assumptions
and risks</source>
        <translation>Допущения
и риски</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Two-letter ISO code, e.g. TR</source>
        <translation>Двухбуквенный код ISO, напр. TR</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Abbr.</source>
        <translation>Сокр.</translation>
    </message>
    <message>
        <source>Enter or F2 opens the list: Space ticks a country. Typing or pasting codes or names separated by commas also works.</source>
        <translation>Enter или F2 открывает список: пробел отмечает страну. Можно также ввести или вставить коды или названия через запятую.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голосует</translation>
    </message>
    <message>
        <source>Whether this participant votes</source>
        <translation>Голосует ли этот участник</translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <source>emerging</source>
        <translation>возникающая</translation>
    </message>
    <message>
        <source>Constraint</source>
        <extracomment>kind → the title of its list&apos;s column</extracomment>
        <translation>Ограничение</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Движущий фактор</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>current or emerging</source>
        <translation>текущая или возникающая</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file.</source>
        <translation>{path} — это папка, а не файл сессии.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a ZOPP session file.</source>
        <translation>{path} пуст: это не файл сессии ZOPP.</translation>
    </message>
    <message>
        <source>{path} is not a ZOPP session file (it is not a SQLite database).</source>
        <translation>{path} — не файл сессии ZOPP (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>{path} is a SQLite database of another application, not a ZOPP session.</source>
        <translation>{path} — база данных SQLite другой программы, а не сессия ZOPP.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it.</source>
        <translation>{path} уже существует; выберите другое имя или откройте его.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} does not exist.</source>
        <translation>Нельзя создать {path}: папки {folder} нет.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} не читается: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be opened: {reason}.</source>
        <translation>Не удалось открыть {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot save a copy to {path}: the folder does not exist.</source>
        <translation>Нельзя сохранить копию в {path}: такой папки нет.</translation>
    </message>
    <message>
        <source>Cannot save a copy to {path}: {reason}.</source>
        <translation>Нельзя сохранить копию в {path}: {reason}.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open session itself; choose another name.</source>
        <translation>Копия не может заменить саму открытую сессию; выберите другое имя.</translation>
    </message>
    <message>
        <source>The session file could not be written ({reason}); nothing was changed.</source>
        <translation>Не удалось записать файл сессии ({reason}); ничего не изменено.</translation>
    </message>
    <message>
        <source>Open for reading only. {reason}</source>
        <translation>Открыто только для чтения. {reason}</translation>
    </message>
    <message>
        <source>No backup copy was made ({reason}); the older copies are kept as they were.</source>
        <translation>Резервная копия не создана ({reason}); прежние копии сохранены как были.</translation>
    </message>
    <message>
        <source>No backup copy was made: {name} fails its integrity check ({finding}), and a damaged file never replaces a good backup.</source>
        <translation>Резервная копия не создана: {name} не проходит проверку целостности ({finding}), а повреждённый файл никогда не заменяет исправную копию.</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing can be changed in it; allow writing to it, or copy it to a folder of your own, and try again.</source>
        <translation>{path} доступен только для чтения, изменить в нём ничего нельзя; разрешите запись или скопируйте его в свою папку и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: its lock file {lock} is a folder; remove that folder and try again.</source>
        <translation>{path} нельзя изменить: его файл блокировки {lock} — это папка; удалите эту папку и попробуйте снова.</translation>
    </message>
    <message>
        <source>{value} is outside the {criterion} scale ({low}–{high}).</source>
        <translation>{value} вне шкалы «{criterion}» ({low}–{high}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a score: write a number, &apos;-&apos; for unknown, or leave it empty.</source>
        <translation>«{text}» — не оценка: введите число, «-» если неизвестно, или оставьте пустым.</translation>
    </message>
    <message>
        <source>That participant is not in the session.</source>
        <translation>Этого участника нет в сессии.</translation>
    </message>
    <message>
        <source>Constraints are not ranked.</source>
        <translation>Ограничения не ранжируются.</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: Threat ranking is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>Нельзя отменить «{label}»: ранжирование угроз закрыто, и ни один голос не может измениться, пока оно не открыто снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot redo &apos;{label}&apos;: Threat ranking is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>Нельзя повторить «{label}»: ранжирование угроз закрыто, и ни один голос не может измениться, пока оно не открыто снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: Prioritisation is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>Нельзя отменить «{label}»: приоритизация закрыта, и ни один голос не может измениться, пока она не открыта снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot redo &apos;{label}&apos;: Prioritisation is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>Нельзя повторить «{label}»: приоритизация закрыта, и ни один голос не может измениться, пока она не открыта снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>This round of the threat ranking does not ask about that item: it keeps its figures from the earlier round.</source>
        <translation>Этот тур ранжирования угроз не спрашивает об этом пункте: он сохраняет оценки предыдущего тура.</translation>
    </message>
    <message>
        <source>This round of the prioritisation does not ask about that activity: it keeps its figures from the earlier round.</source>
        <translation>Этот тур приоритизации не спрашивает об этом мероприятии: оно сохраняет оценки предыдущего тура.</translation>
    </message>
    <message>
        <source>open round of threat ranking</source>
        <translation>открыть тур ранжирования угроз</translation>
    </message>
    <message>
        <source>open round of prioritisation</source>
        <translation>открыть тур приоритизации</translation>
    </message>
    <message>
        <source>close threat ranking</source>
        <translation>закрыть ранжирование угроз</translation>
    </message>
    <message>
        <source>close prioritisation</source>
        <translation>закрыть приоритизацию</translation>
    </message>
    <message>
        <source>reopen threat ranking</source>
        <translation>снова открыть ранжирование угроз</translation>
    </message>
    <message>
        <source>reopen prioritisation</source>
        <translation>снова открыть приоритизацию</translation>
    </message>
    <message>
        <source>High ({score})</source>
        <translation>Высокий ({score})</translation>
    </message>
    <message>
        <source>Medium ({score})</source>
        <translation>Средний ({score})</translation>
    </message>
    <message>
        <source>Low ({score})</source>
        <translation>Низкий ({score})</translation>
    </message>
    <message>
        <source>A country needs a code.</source>
        <translation>У страны должен быть код.</translation>
    </message>
    <message>
        <source>There is already a country with the code {code}.</source>
        <translation>Страна с кодом {code} уже есть.</translation>
    </message>
    <message>
        <source>{code} cannot be removed: {count} vote(s) were cast for it.</source>
        <translation>{code} нельзя удалить: за неё подано голосов: {count}.</translation>
    </message>
    <message>
        <source>A region needs a name.</source>
        <translation>У региона должно быть название.</translation>
    </message>
    <message>
        <source>There is already a region called {name}.</source>
        <translation>Регион «{name}» уже есть.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>У участника должно быть имя.</translation>
    </message>
    <message>
        <source>There is no country with the code {code}.</source>
        <translation>Страны с кодом {code} нет.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Этого черновика больше нет.</translation>
    </message>
    <message>
        <source>add country {code}</source>
        <translation>добавление страны {code}</translation>
    </message>
    <message>
        <source>rename country {code}</source>
        <translation>переименование страны {code}</translation>
    </message>
    <message>
        <source>remove country {code}</source>
        <translation>удаление страны {code}</translation>
    </message>
    <message>
        <source>add region {name}</source>
        <translation>добавление региона {name}</translation>
    </message>
    <message>
        <source>change members of {name}</source>
        <translation>изменение состава {name}</translation>
    </message>
    <message>
        <source>remove region {name}</source>
        <translation>удаление региона {name}</translation>
    </message>
    <message>
        <source>add participant {name}</source>
        <translation>добавление участника {name}</translation>
    </message>
    <message>
        <source>edit participant {fields}</source>
        <translation>правка участника: {fields}</translation>
    </message>
    <message>
        <source>remove participant</source>
        <translation>удаление участника</translation>
    </message>
    <message>
        <source>adopt draft</source>
        <translation>принятие черновика</translation>
    </message>
    <message>
        <source>remove draft</source>
        <translation>удаление черновика</translation>
    </message>
    <message>
        <source>edit draft</source>
        <translation>правка черновика</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>добавление заметки</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>правка заметки</translation>
    </message>
    <message>
        <source>remove note</source>
        <translation>удаление заметки</translation>
    </message>
    <message>
        <source>{name} is an old Excel (.xls) file; save it as .xlsx or CSV and import that.</source>
        <translation>{name} — старый файл Excel (.xls); сохраните его как .xlsx или CSV и импортируйте заново.</translation>
    </message>
    <message>
        <source>{name} is {what}, not a CSV or XLSX spreadsheet.</source>
        <translation>{name} — это {what}, а не таблица CSV или XLSX.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet.</source>
        <translation>{path} — это папка, а не таблица.</translation>
    </message>
    <message>
        <source>{name} is {size} MB, far more than any workshop&apos;s table (at most {limit} MB are read); is it the right file?</source>
        <translation>{name} занимает {size} МБ — гораздо больше любой таблицы семинара (читается не более {limit} МБ); это нужный файл?</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} пуст: импортировать нечего.</translation>
    </message>
    <message>
        <source>{name} is not a CSV or XLSX spreadsheet (it holds binary data).</source>
        <translation>{name} — не таблица CSV или XLSX (в нём двоичные данные).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (line {line} is the first with another encoding); save it as &apos;CSV UTF-8&apos; (or as .xlsx) and import that.</source>
        <translation>{name} — не текст UTF-8 (строка {line} — первая в другой кодировке); сохраните его как «CSV UTF-8» (или .xlsx) и импортируйте заново.</translation>
    </message>
    <message>
        <source>{name} has a quote that opens a cell on line {line} and is never closed, so the rest of the file would be read as that one cell; close the quote (or remove it) and import again.</source>
        <translation>В {name} кавычка открывает ячейку в строке {line} и нигде не закрывается, поэтому весь остаток файла был бы прочитан как одна ячейка; закройте кавычку (или удалите её) и импортируйте снова.</translation>
    </message>
    <message>
        <source>{name} has a cell on line {line} longer than {limit} characters, far more than any workshop&apos;s table holds; is it the right file?</source>
        <translation>В {name} ячейка в строке {line} длиннее {limit} знаков — больше, чем в любой таблице семинара; это нужный файл?</translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file (line {line}: {error}).</source>
        <translation>{name} — неправильно составленный файл CSV (строка {line}: {error}).</translation>
    </message>
    <message>
        <source>{where}{name} is empty: there is nothing to import.</source>
        <translation>{where}{name} пуст: импортировать нечего.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows: there is nothing to import.</source>
        <translation>В {name} есть заголовок, но нет строк: импортировать нечего.</translation>
    </message>
    <message>
        <source>{name} has the column &apos;{column}&apos; twice in its header (line {line}).</source>
        <translation>В заголовке {name} столбец «{column}» встречается дважды (строка {line}).</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that.</source>
        <translation>{name} — таблица OpenDocument; сохраните её как .xlsx или CSV и импортируйте заново.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not an Excel workbook (.xlsx).</source>
        <translation>{name} повреждён или не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{name} is damaged: its first sheet cannot be read.</source>
        <translation>{name} повреждён: его первый лист не читается.</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: there is nothing to import{hint}.</source>
        <translation>Первый лист {name} пуст: импортировать нечего{hint}.</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} file but lacks the column(s) {missing}; its header should be: {header}.</source>
        <translation>{name} похож на файл вида «{kind}», но в нём нет столбцов {missing}; заголовок должен быть таким: {header}.</translation>
    </message>
    <message>
        <source>{name} has the headers {found}, which match no kind of file that can be imported; the headers understood are: {understood}.</source>
        <translation>У {name} заголовки {found}, и они не подходят ни к одному виду файлов, которые можно импортировать; понятные заголовки: {understood}.</translation>
    </message>
    <message>
        <source>{path} was not imported: {count} problem(s).</source>
        <translation>{path} не импортирован: проблем — {count}.</translation>
    </message>
    <message>
        <source>  line {line}, column {column}: {message}</source>
        <translation>  строка {line}, столбец {column}: {message}</translation>
    </message>
    <message>
        <source>  line {line}: {message}</source>
        <translation>  строка {line}: {message}</translation>
    </message>
    <message>
        <source>  … and {count} more problem(s) not listed.</source>
        <translation>  … и ещё {count} проблем(ы), не показанных здесь.</translation>
    </message>
    <message>
        <source>this row has more cells than the header ({left} left over); a number with a decimal comma must be in quotes, or the columns separated by &apos;;&apos;.</source>
        <translation>в этой строке больше ячеек, чем в заголовке (лишние: {left}); число с десятичной запятой нужно взять в кавычки или разделять столбцы знаком «;».</translation>
    </message>
    <message>
        <source>the {what} is empty.</source>
        <translation>пусто: {what}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {column}; use one of: {choices}.</source>
        <translation>«{text}» — недопустимое значение в столбце {column}; используйте одно из: {choices}.</translation>
    </message>
    <message>
        <source>{name} is already in the session with the code {code}; use that code.</source>
        <translation>{name} уже есть в сессии с кодом {code}; используйте этот код.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <translation>«{text}» — не «да» и не «нет».</translation>
    </message>
    <message>
        <source>the kind is empty; use one of: {choices}.</source>
        <translation>вид не указан; используйте одно из: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is already in the session as a {existing}, not a {kind}.</source>
        <translation>«{label}» уже есть в сессии как {existing}, а не как {kind}.</translation>
    </message>
    <message>
        <source>there is no constraint, driver or threat called &apos;{label}&apos;.</source>
        <translation>нет ни ограничения, ни движущего фактора, ни угрозы с названием «{label}».</translation>
    </message>
    <message>
        <source>{voter} is no longer in the session.</source>
        <translation>{voter} больше нет в сессии.</translation>
    </message>
    <message>
        <source>There is no {scope_kind} &apos;{scope}&apos; any more.</source>
        <translation>Объекта «{scope}» ({scope_kind}) больше нет.</translation>
    </message>
    <message>
        <source>An {target_kind} voted for no longer exists.</source>
        <translation>Объект голосования ({target_kind}) больше не существует.</translation>
    </message>
    <message>
        <source>the review&apos;s title is empty.</source>
        <translation>название обзора не указано.</translation>
    </message>
    <message>
        <source>there is no review &apos;{title}&apos; (reviews: {known}); import a reviews file or run &apos;facilitator review new&apos; first.</source>
        <translation>нет обзора «{title}» (обзоры: {known}); сначала импортируйте файл обзоров или выполните «facilitator review new».</translation>
    </message>
    <message>
        <source>the activity is empty.</source>
        <translation>мероприятие не указано.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither an activity number of this session (like 1.2.3) nor a programme item&apos;s code.</source>
        <translation>«{text}» — не номер мероприятия этой сессии (вида 1.2.3) и не код пункта программы.</translation>
    </message>
    <message>
        <source>what was done is empty.</source>
        <translation>не указано, что было сделано.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a status; use one of: {choices}.</source>
        <translation>«{text}» — не статус; используйте одно из: {choices}.</translation>
    </message>
    <message>
        <source>there is no {level} {wanted} for {number} to belong to.</source>
        <translation>нет элемента ({level}) {wanted}, к которому мог бы относиться {number}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is a constraint, which objectives do not address.</source>
        <translation>«{label}» — ограничение, а задачи не направлены на ограничения.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is no threat or driver of this session.</source>
        <translation>«{label}» — не угроза и не движущий фактор этой сессии.</translation>
    </message>
    <message>
        <source>{level}s have no {column}; leave this cell empty.</source>
        <translation>У элементов вида «{level}» нет поля «{column}»; оставьте эту ячейку пустой.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number like 1, 1.2 or 1.2.3.</source>
        <translation>«{text}» — не номер вида 1, 1.2 или 1.2.3.</translation>
    </message>
    <message>
        <source>the Goal has no {column}; leave this cell empty.</source>
        <translation>у цели нет поля «{column}»; оставьте эту ячейку пустой.</translation>
    </message>
    <message>
        <source>{level} {number} would leave a gap: the next number here is {expected}.</source>
        <translation>{level} {number} оставит пропуск в нумерации: следующий номер здесь — {expected}.</translation>
    </message>
    <message>
        <source>the text of the new {level} is empty.</source>
        <translation>текст нового элемента ({level}) пуст.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a theme number like 1, 2, 3.</source>
        <translation>«{number}» — не номер темы вида 1, 2, 3.</translation>
    </message>
    <message>
        <source>the theme&apos;s name is empty.</source>
        <translation>название темы не указано.</translation>
    </message>
    <message>
        <source>theme {number} would leave a gap: the next number is {expected}.</source>
        <translation>тема {number} оставит пропуск в нумерации: следующий номер — {expected}.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>файла не существует.</translation>
    </message>
    <message>
        <source>the sheet is {rows} rows by {columns} columns, far larger than a ballot (at most {max_rows} rows and {max_columns} columns are read).</source>
        <translation>лист размером {rows} строк на {columns} столбцов — гораздо больше бюллетеня (читается не более {max_rows} строк и {max_columns} столбцов).</translation>
    </message>
    <message>
        <source>cells {cells} are merged: unmerge them and give each score its own cell.</source>
        <translation>ячейки {cells} объединены: разъедините их и дайте каждой оценке свою ячейку.</translation>
    </message>
    <message>
        <source>{voter} is not marked as voting: mark them as voting in Session &amp; people and import the ballot again, or skip it.</source>
        <translation>{voter} не отмечен(а) как голосующий(ая): отметьте это на шаге «Сессия и участники» и импортируйте бюллетень снова или пропустите его.</translation>
    </message>
    <message>
        <source>participant number {number} is {numbered}, but the name written is &apos;{name}&apos;: correct the one that is wrong.</source>
        <translation>участник номер {number} — это {numbered}, но написано имя «{name}»: исправьте то, что неверно.</translation>
    </message>
    <message>
        <source>there is no participant called &apos;{name}&apos; in this session.</source>
        <translation>в этой сессии нет участника с именем «{name}».</translation>
    </message>
    <message>
        <source>there is no participant number {number} in this session.</source>
        <translation>в этой сессии нет участника номер {number}.</translation>
    </message>
    <message>
        <source>the participant is missing: write the voter&apos;s name.</source>
        <translation>участник не указан: впишите имя голосующего.</translation>
    </message>
    <message>
        <source>the scope is missing: write the country code or region this ballot votes for.</source>
        <translation>не указано, за кого голосует бюллетень: впишите код страны или регион.</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; is not a country code, country or region of this session.</source>
        <translation>«{written}» — не код страны, не страна и не регион этой сессии.</translation>
    </message>
    <message>
        <source>the cell holds the formula {formula} without a result: type the score itself.</source>
        <translation>в ячейке формула {formula} без результата: впишите саму оценку.</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a {what} of this session.</source>
        <translation>«{shown}» — не {what} этой сессии.</translation>
    </message>
    <message>
        <source>sheet {sheet}: {message}</source>
        <translation>лист {sheet}: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported: the returns have {count} problem(s); fix them or skip those rows.</source>
        <translation>Ничего не импортировано: в отчётах проблем — {count}; исправьте их или пропустите эти строки.</translation>
    </message>
    <message>
        <source>Nothing was imported: the ballots have {count} problem(s); fix them or skip those rows.</source>
        <translation>Ничего не импортировано: в бюллетенях проблем — {count}; исправьте их или пропустите эти строки.</translation>
    </message>
    <message>
        <source>this return belongs to another session ({title}).</source>
        <translation>этот отчёт относится к другой сессии ({title}).</translation>
    </message>
    <message>
        <source>the session has no country {country}.</source>
        <translation>в сессии нет страны {country}.</translation>
    </message>
    <message>
        <source>the review this return was made for no longer exists.</source>
        <translation>обзора, для которого составлен этот отчёт, больше нет.</translation>
    </message>
    <message>
        <source>the header row was changed; use the workbook as it was sent.</source>
        <translation>строка заголовка изменена; используйте книгу в том виде, в каком она была отправлена.</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters.</source>
        <translation>текст длиннее {limit} знаков.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an activity of this plan.</source>
        <translation>«{text}» — не мероприятие этого плана.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a status; use {choices}.</source>
        <translation>«{text}» — не статус; используйте {choices}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a priority; use {choices}.</source>
        <translation>«{text}» — не приоритет; используйте {choices}.</translation>
    </message>
    <message>
        <source>the row has details but does not say what action was taken.</source>
        <translation>в строке есть подробности, но не сказано, какое действие выполнено.</translation>
    </message>
    <message>
        <source>a second return for {country} (the first is {first}); send one per country.</source>
        <translation>второй отчёт для {country} (первый — {first}); нужен один отчёт на страну.</translation>
    </message>
    <message>
        <source>The session has no country with the code {code}.</source>
        <translation>В сессии нет страны с кодом {code}.</translation>
    </message>
    <message>
        <source>That review no longer exists.</source>
        <translation>Этого обзора больше нет.</translation>
    </message>
    <message>
        <source>The session has no countries to send returns to.</source>
        <translation>В сессии нет стран, которым можно отправить отчёты.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place to save.</source>
        <translation>Папки {folder} не существует: выберите другое место для сохранения.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose another place to save.</source>
        <translation>{folder} — это файл, а не папка: выберите другое место для сохранения.</translation>
    </message>
    <message>
        <source>A comparison is written as .pdf or .xlsx, not &apos;{suffix}&apos;.</source>
        <translation>Сравнение сохраняется как .pdf или .xlsx, а не «{suffix}».</translation>
    </message>
    <message>
        <source>The programme overview is written as .xlsx, not &apos;{suffix}&apos;.</source>
        <translation>Обзор программы сохраняется как .xlsx, а не «{suffix}».</translation>
    </message>
    <message>
        <source>Unknown document &apos;{kind}&apos;: choose one of {choices}.</source>
        <translation>Неизвестный документ «{kind}»: выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>A {kind} document cannot be written as &apos;{suffix}&apos;: use {choices}.</source>
        <translation>Документ «{kind}» нельзя сохранить как «{suffix}»: используйте {choices}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: it is open in another program or the folder is read-only.</source>
        <translation>{path} нельзя записать: файл открыт в другой программе или папка только для чтения.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>{path} нельзя записать: {reason}.</translation>
    </message>
    <message>
        <source>The {kind} could not be written to {path}: {error}.</source>
        <translation>Документ «{kind}» не удалось записать в {path}: {error}.</translation>
    </message>
    <message>
        <source>There is no language &apos;{code}&apos;; choose one of {choices}.</source>
        <translation>Языка «{code}» нет; выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>{name} is a zip without a project.xml: not a Miradi project.</source>
        <translation>{name} — архив zip без project.xml: это не проект Miradi.</translation>
    </message>
    <message>
        <source>{name}: its project.xml is too large to be a workshop&apos;s plan.</source>
        <translation>{name}: его project.xml слишком велик для плана семинара.</translation>
    </message>
    <message>
        <source>{name} is not a readable Miradi project ({error}).</source>
        <translation>{name} — нечитаемый проект Miradi ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a Miradi project of the XMPZ2 format this app reads (namespace {namespace}).</source>
        <translation>{name} — не проект Miradi в формате XMPZ2, который читает программа (пространство имён {namespace}).</translation>
    </message>
    <message>
        <source>This session already has a problem tree or an outline; a plan is imported into a session whose plan is still empty.</source>
        <translation>В этой сессии уже есть дерево проблем или структура плана; план импортируется только в сессию с пустым планом.</translation>
    </message>
    <message>
        <source>This session has no monitoring review yet: add one in the Monitoring step.</source>
        <translation>В этой сессии ещё нет обзора мониторинга: добавьте его на шаге «Мониторинг».</translation>
    </message>
    <message>
        <source>A review needs a title, e.g. &apos;Midterm review 2018&apos;.</source>
        <translation>Обзору нужно название, например «Промежуточный обзор 2018».</translation>
    </message>
    <message>
        <source>The review to start from no longer exists.</source>
        <translation>Обзора, с которого нужно начать, больше нет.</translation>
    </message>
    <message>
        <source>A review needs a title.</source>
        <translation>Обзору нужно название.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: write it year first, e.g. 2018-04-18.</source>
        <translation>«{text}» — не дата: пишите, начиная с года, например 2018-04-18.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year: write four digits, e.g. 2014.</source>
        <translation>«{text}» — не год: напишите четыре цифры, например 2014.</translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation>Этого мероприятия больше нет.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Этого действия больше нет.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role; use one of {choices}.</source>
        <translation>«{text}» — не роль; используйте одну из: {choices}.</translation>
    </message>
    <message>
        <source>This participant cannot be removed: they cast {count} vote(s); mark them as not voting instead.</source>
        <translation>Этого участника нельзя удалить: он(а) подал(а) голосов — {count}; вместо этого отметьте его (её) как неголосующего.</translation>
    </message>
    <message>
        <source>The {parent} for this {child} no longer exists.</source>
        <translation>Вышестоящего элемента ({parent}) для этого элемента ({child}) больше нет.</translation>
    </message>
    <message>
        <source>An activity cannot refer to itself.</source>
        <translation>Мероприятие не может ссылаться само на себя.</translation>
    </message>
    <message>
        <source>A programme item needs a code.</source>
        <translation>Пункту программы нужен код.</translation>
    </message>
    <message>
        <source>A {kind} needs a text.</source>
        <translation>Нужен текст ({kind}).</translation>
    </message>
    <message>
        <source>There is already an item called &apos;{label}&apos;.</source>
        <translation>Элемент «{label}» уже есть.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Этого элемента больше нет.</translation>
    </message>
    <message>
        <source>An item needs a text.</source>
        <translation>Элементу нужен текст.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status; use current or emerging.</source>
        <translation>«{status}» — не статус; используйте «текущая» или «возникающая».</translation>
    </message>
    <message>
        <source>An item cannot be its own cause.</source>
        <translation>Элемент не может быть причиной самого себя.</translation>
    </message>
    <message>
        <source>Both the cause and the effect must be items of the problem tree.</source>
        <translation>И причина, и следствие должны быть элементами дерева проблем.</translation>
    </message>
    <message>
        <source>&apos;{cause}&apos; is already linked to &apos;{effect}&apos;.</source>
        <translation>«{cause}» уже связан(а) с «{effect}».</translation>
    </message>
    <message>
        <source>&apos;{cause}&apos; → &apos;{effect}&apos; would make a cycle: &apos;{effect2}&apos; already leads to &apos;{cause2}&apos;.</source>
        <translation>«{cause}» → «{effect}» создаст цикл: «{effect2}» уже ведёт к «{cause2}».</translation>
    </message>
    <message>
        <source>That item is no longer in the problem tree.</source>
        <translation>Этого элемента больше нет в дереве проблем.</translation>
    </message>
    <message>
        <source>{vote} is closed: no vote can change until it is reopened.</source>
        <translation>{vote}: голосование закрыто — ни один голос нельзя изменить, пока его снова не откроют.</translation>
    </message>
    <message>
        <source>{text} is not a score.</source>
        <translation>{text} — не оценка.</translation>
    </message>
    <message>
        <source>{kind}s are not scored for {criterion}.</source>
        <translation>Элементы вида «{kind}» не оцениваются по критерию «{criterion}».</translation>
    </message>
    <message>
        <source>There is no {scope_kind} &apos;{scope}&apos;.</source>
        <translation>Нет объекта «{scope}» ({scope_kind}).</translation>
    </message>
    <message>
        <source>Only a vote for a country names a working group.</source>
        <translation>Рабочую группу указывают только при голосовании за страну.</translation>
    </message>
    <message>
        <source>{scope} is not in the region &apos;{region}&apos;: it has no working group there.</source>
        <translation>{scope} не входит в регион «{region}»: там у неё нет рабочей группы.</translation>
    </message>
    <message>
        <source>That {kind} no longer exists.</source>
        <translation>Этого объекта ({kind}) больше нет.</translation>
    </message>
    <message>
        <source>Close the {vote} before opening a new round: votes may still change.</source>
        <translation>Закройте голосование «{vote}», прежде чем открыть новый тур: голоса ещё могут измениться.</translation>
    </message>
    <message>
        <source>No item&apos;s votes spread {spread} or more: no new round is needed.</source>
        <translation>Ни у одного элемента разброс голосов не достигает {spread}: новый тур не нужен.</translation>
    </message>
    <message>
        <source>There is no round {round} of the {vote}.</source>
        <translation>Тура {round} голосования «{vote}» нет.</translation>
    </message>
    <message>
        <source>Rounds are numbered from 1.</source>
        <translation>Туры нумеруются с 1.</translation>
    </message>
    <message>
        <source>{name} can only be read here: its lock file {lock} cannot be made ({reason}), so changes could not be kept safe from another window.</source>
        <translation>{name} здесь можно только читать: его файл блокировки {lock} не создаётся ({reason}), поэтому изменения нельзя защитить от другого окна.</translation>
    </message>
    <message>
        <source>{name} is already open in another window ({holder}); close it there first.</source>
        <translation>{name} уже открыт в другом окне ({holder}); сначала закройте его там.</translation>
    </message>
    <message>
        <source>{name} is being opened and closed by another window; try again.</source>
        <translation>{name} сейчас открывается и закрывается другим окном; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{reason} (It comes from an older version and must be converted before it can be opened.)</source>
        <translation>{reason} (Файл создан более старой версией, и его нужно преобразовать, прежде чем открыть.)</translation>
    </message>
    <message>
        <source>{path} comes from an older version and must be converted, but: {error}</source>
        <translation>{path} создан более старой версией, и его нужно преобразовать, но: {error}</translation>
    </message>
    <message>
        <source>{path} comes from an older version and must be converted, but its folder is read-only; copy it to a folder of your own and try again.</source>
        <translation>{path} создан более старой версией, и его нужно преобразовать, но его папка только для чтения; скопируйте файл в свою папку и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} is open only for reading; nothing can be changed in it here.</source>
        <translation>{path} открыт только для чтения; здесь в нём ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>The session file refused &apos;{label}&apos; ({error}); nothing was changed.</source>
        <translation>Файл сессии отклонил «{label}» ({error}); ничего не изменено.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; could not be done and nothing was changed (the session file refused it: {error}).</source>
        <translation>«{label}» выполнить не удалось, ничего не изменено (файл сессии отказал: {error}).</translation>
    </message>
    <message>
        <source>Cannot {action} &apos;{label}&apos;: a vote in it has been changed since (from a phone); nothing was changed.</source>
        <translation>Нельзя выполнить «{action}» для «{label}»: голос в нём с тех пор изменён (с телефона); ничего не изменено.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>отменить</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>повторить</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}.</source>
        <translation>{path} не открывается: {error}.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of ZOPP Facilitator (file format {version}; this version reads up to {supported}); please update the app.</source>
        <translation>{path} записан более новой версией ZOPP Facilitator (формат файла {version}; эта версия читает до {supported}); обновите программу.</translation>
    </message>
    <message>
        <source>{path} is damaged{where} ({finding}); {advice}</source>
        <translation>{path} повреждён{where} ({finding}); {advice}</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); {advice}</source>
        <translation>{path} повреждён ({error}); {advice}</translation>
    </message>
    <message>
        <source>there is no good backup copy beside it.</source>
        <translation>рядом с ним нет исправной резервной копии.</translation>
    </message>
    <message>
        <source>open its backup copy {name} instead (the newest one that is sound).</source>
        <translation>вместо него откройте резервную копию {name} (самую новую из исправных).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: it says it is in file format {version}, but its tables do not match that format ({error}), so it was changed by another program; nothing was changed in it. {advice}</source>
        <translation>{path} не открывается: по его данным это формат файла {version}, но его таблицы не соответствуют этому формату ({error}), значит, его изменила другая программа; в нём ничего не изменено. {advice}</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>угроза</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>движущий фактор</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>ограничение</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>важность</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>потенциал</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Движущий фактор</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Ограничение</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>threat ranking</source>
        <translation>ранжирование угроз</translation>
    </message>
    <message>
        <source>prioritisation</source>
        <translation>приоритизация</translation>
    </message>
    <message>
        <source>Threat ranking</source>
        <translation>Ранжирование угроз</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>Приоритизация</translation>
    </message>
    <message>
        <source>driver or threat</source>
        <translation>движущий фактор или угроза</translation>
    </message>
    <message>
        <source>link cause to effect</source>
        <translation>связать причину со следствием</translation>
    </message>
    <message>
        <source>remove item</source>
        <translation>удалить элемент</translation>
    </message>
    <message>
        <source>move item</source>
        <translation>переместить элемент</translation>
    </message>
    <message>
        <source>arrange the diagram afresh</source>
        <translation>заново расположить схему</translation>
    </message>
    <message>
        <source>move a box of the diagram</source>
        <translation>переместить блок схемы</translation>
    </message>
    <message>
        <source>change activity references</source>
        <translation>изменить ссылки мероприятия</translation>
    </message>
    <message>
        <source>change programme links</source>
        <translation>изменить связи с программой</translation>
    </message>
    <message>
        <source>change threats addressed</source>
        <translation>изменить угрозы, на которые направлена задача</translation>
    </message>
    <message>
        <source>edit recommendation</source>
        <translation>изменить рекомендацию</translation>
    </message>
    <message>
        <source>move action</source>
        <translation>переместить действие</translation>
    </message>
    <message>
        <source>remove review</source>
        <translation>удалить обзор</translation>
    </message>
    <message>
        <source>add theme</source>
        <translation>добавить тему</translation>
    </message>
    <message>
        <source>add {kind}</source>
        <translation>добавить: {kind}</translation>
    </message>
    <message>
        <source>edit {kind}</source>
        <translation>изменить: {kind}</translation>
    </message>
    <message>
        <source>remove {kind}</source>
        <translation>удалить: {kind}</translation>
    </message>
    <message>
        <source>move {kind}</source>
        <translation>переместить: {kind}</translation>
    </message>
    <message>
        <source>add {kind} draft</source>
        <translation>добавить черновик: {kind}</translation>
    </message>
    <message>
        <source>remove {count} links</source>
        <translation>удалить связи ({count})</translation>
    </message>
    <message>
        <source>remove {count} items</source>
        <translation>удалить элементы ({count})</translation>
    </message>
    <message>
        <source>remove {count} actions</source>
        <translation>удалить действия ({count})</translation>
    </message>
    <message>
        <source>paste {count} actions</source>
        <translation>вставить действия ({count})</translation>
    </message>
    <message>
        <source>remove {count} {kinds}</source>
        <translation>удалить: {kinds} ({count})</translation>
    </message>
    <message>
        <source>paste {count} {kinds}</source>
        <translation>вставить: {kinds} ({count})</translation>
    </message>
    <message>
        <source>edit goal {fields}</source>
        <translation>изменить цель: {fields}</translation>
    </message>
    <message>
        <source>edit review {fields}</source>
        <translation>изменить обзор: {fields}</translation>
    </message>
    <message>
        <source>add programme item {code}</source>
        <translation>добавить пункт программы {code}</translation>
    </message>
    <message>
        <source>new theme {name}</source>
        <translation>новая тема {name}</translation>
    </message>
    <message>
        <source>open round of {vote}</source>
        <translation>открыть тур: {vote}</translation>
    </message>
    <message>
        <source>import {count} country return(s)</source>
        <translation>импортировать отчёты стран ({count})</translation>
    </message>
    <message>
        <source>import {kind} from {name}</source>
        <translation>импортировать «{kind}» из {name}</translation>
    </message>
    <message>
        <source>import {name}</source>
        <translation>импортировать {name}</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>задачи</translation>
    </message>
    <message>
        <source>results</source>
        <translation>результаты</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>угрозы</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>движущие факторы</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>ограничения</translation>
    </message>
    <message>
        <source>{name} ({code}) is in no region: its figures count as a region of their own in every range-wide figure.</source>
        <translation>{name} ({code}) не входит ни в один регион: во всех общих по ареалу показателях её данные считаются отдельным регионом.</translation>
    </message>
    <message>
        <source>{count} vote(s) for {country} were given in the {region} working group, but {country2} is not in {region2}: they count nowhere.</source>
        <translation>Голоса за {country} ({count}) поданы в рабочей группе {region}, но {country2} не входит в {region2}: они нигде не учитываются.</translation>
    </message>
    <message>
        <source>{label} by {voter}</source>
        <translation>{label} — {voter}</translation>
    </message>
    <message>
        <source>set {criterion} vote</source>
        <translation>задать голос: {criterion}</translation>
    </message>
    <message>
        <source>mark unknown {criterion} vote</source>
        <translation>отметить голос как «неизвестно»: {criterion}</translation>
    </message>
    <message>
        <source>clear {criterion} vote</source>
        <translation>очистить голос: {criterion}</translation>
    </message>
    <message>
        <source>this sheet has no Importance, Capacity or Priority column, so it is not a ballot.</source>
        <translation>на этом листе нет столбца «Важность», «Потенциал» или «Приоритет», поэтому это не бюллетень.</translation>
    </message>
    <message>
        <source>this is not a country return workbook of this app (it has no About sheet).</source>
        <translation>это не книга отчёта страны из этой программы (в ней нет листа About).</translation>
    </message>
    <message>
        <source>Cannot {action} &apos;{label}&apos;: {vote} is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>Нельзя выполнить «{action}» для «{label}»: голосование «{vote}» закрыто, поэтому ни один голос нельзя изменить, пока его снова не откроют; ничего не изменено.</translation>
    </message>
    <message>
        <source>Footnotes go on threat figures of the range-wide and by-region tables.</source>
        <translation>Сноски ставятся к показателям угроз в таблицах по всему ареалу и по регионам.</translation>
    </message>
    <message>
        <source>reveal the results of {vote}</source>
        <translation>показать итоги: {vote}</translation>
    </message>
    <message>
        <source>hide the results of {vote}</source>
        <translation>скрыть итоги: {vote}</translation>
    </message>
    <message>
        <source>the spreadsheet turned what was typed into the date {date}; format the column as Text and type it again.</source>
        <translation>таблица превратила введённое в дату {date}; задайте столбцу формат «Текст» и введите значение заново.</translation>
    </message>
    <message>
        <source>the cell holds the formula {formula}, whose result was never saved; open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation>в ячейке формула {formula}, результат которой не был сохранён; откройте файл в Excel или LibreOffice, сохраните его и импортируйте снова.</translation>
    </message>
    <message>
        <source> (only the first sheet is read: move the sheet &apos;{sheet}&apos; to the front)</source>
        <translation> (читается только первый лист: переместите лист «{sheet}» в начало)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a database (a session file?)</source>
        <translation>база данных (файл сессии?)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>{count} further conservation targets (the plan has one species).</source>
        <translation>ещё объекты сохранения: {count} (в плане один вид).</translation>
    </message>
    <message>
        <source>{count} further goals (the plan has one Goal).</source>
        <translation>ещё цели: {count} (в плане одна цель).</translation>
    </message>
    <message>
        <source>{count} {kind} object(s).</source>
        <translation>объекты {kind}: {count}.</translation>
    </message>
    <message>
        <source>The threat ratings: the workshop ranks the threats again by its own votes.</source>
        <translation>Оценки угроз: семинар заново ранжирует угрозы своими голосами.</translation>
    </message>
    <message>
        <source>A second cause named &apos;{label}&apos; was renamed &apos;{label2} ({n})&apos;.</source>
        <translation>Вторая причина с названием «{label}» переименована в «{label2} ({n})».</translation>
    </message>
    <message>
        <source>{count} further conceptual model diagram(s).</source>
        <translation>ещё схемы концептуальной модели: {count}.</translation>
    </message>
    <message>
        <source>Result {name}: only its first indicator.</source>
        <translation>Результат {name}: только его первый индикатор.</translation>
    </message>
    <message>
        <source>{count} task(s) under no strategy.</source>
        <translation>задачи Miradi вне какой-либо стратегии: {count}.</translation>
    </message>
    <message>
        <source>{count} objective(s) under no strategy.</source>
        <translation>цели Miradi вне какой-либо стратегии: {count}.</translation>
    </message>
    <message>
        <source>record action</source>
        <translation>записать действие</translation>
    </message>
    <message>
        <source>rename theme</source>
        <translation>переименовать тему</translation>
    </message>
    <message>
        <source>rename item</source>
        <translation>переименовать элемент</translation>
    </message>
    <message>
        <source>change status of item</source>
        <translation>изменить статус элемента</translation>
    </message>
    <message>
        <source>close {vote}</source>
        <translation>закрыть голосование: {vote}</translation>
    </message>
    <message>
        <source>reopen {vote}</source>
        <translation>снова открыть голосование: {vote}</translation>
    </message>
    <message>
        <source>add review: {title}</source>
        <translation>добавить обзор: {title}</translation>
    </message>
    <message>
        <source>start review from earlier one: {title}</source>
        <translation>начать обзор с предыдущего: {title}</translation>
    </message>
    <message>
        <source>write a footnote</source>
        <translation>написать сноску</translation>
    </message>
    <message>
        <source>remove a footnote</source>
        <translation>удалить сноску</translation>
    </message>
    <message>
        <source>{what} may hold at most {limit} characters (this one has {length}); shorten it — nothing was changed.</source>
        <translation>{what}: не более {limit} знаков (здесь {length}); сократите текст — ничего не изменено.</translation>
    </message>
    <message>
        <source>A country&apos;s name</source>
        <translation>Название страны</translation>
    </message>
    <message>
        <source>A participant&apos;s affiliation</source>
        <translation>Организация участника</translation>
    </message>
    <message>
        <source>A participant&apos;s name</source>
        <translation>Имя участника</translation>
    </message>
    <message>
        <source>A programme item&apos;s code</source>
        <translation>Код пункта программы</translation>
    </message>
    <message>
        <source>A programme item&apos;s priority</source>
        <translation>Приоритет пункта программы</translation>
    </message>
    <message>
        <source>A programme item&apos;s responsible</source>
        <translation>Ответственные за пункт программы</translation>
    </message>
    <message>
        <source>A region&apos;s abbreviation</source>
        <translation>Сокращение региона</translation>
    </message>
    <message>
        <source>A region&apos;s name</source>
        <translation>Название региона</translation>
    </message>
    <message>
        <source>A result&apos;s assumptions and risks</source>
        <translation>Допущения и риски результата</translation>
    </message>
    <message>
        <source>A result&apos;s baseline year</source>
        <translation>Год исходного уровня результата</translation>
    </message>
    <message>
        <source>A result&apos;s baseline</source>
        <translation>Исходный уровень результата</translation>
    </message>
    <message>
        <source>A result&apos;s indicator</source>
        <translation>Индикатор результата</translation>
    </message>
    <message>
        <source>A result&apos;s means of verification</source>
        <translation>Средства проверки результата</translation>
    </message>
    <message>
        <source>A result&apos;s target year</source>
        <translation>Год целевого значения результата</translation>
    </message>
    <message>
        <source>A result&apos;s target</source>
        <translation>Целевое значение результата</translation>
    </message>
    <message>
        <source>A review&apos;s title</source>
        <translation>Название обзора</translation>
    </message>
    <message>
        <source>A theme&apos;s name</source>
        <translation>Название темы</translation>
    </message>
    <message>
        <source>An action&apos;s budget</source>
        <translation>Бюджет действия</translation>
    </message>
    <message>
        <source>An action&apos;s countries</source>
        <translation>Страны действия</translation>
    </message>
    <message>
        <source>An action&apos;s funder</source>
        <translation>Донор действия</translation>
    </message>
    <message>
        <source>An action&apos;s period</source>
        <translation>Период действия</translation>
    </message>
    <message>
        <source>An activity&apos;s actors</source>
        <translation>Исполнители мероприятия</translation>
    </message>
    <message>
        <source>An activity&apos;s budget</source>
        <translation>Бюджет мероприятия</translation>
    </message>
    <message>
        <source>An activity&apos;s indicator</source>
        <translation>Индикатор мероприятия</translation>
    </message>
    <message>
        <source>An activity&apos;s timeline</source>
        <translation>Сроки мероприятия</translation>
    </message>
    <message>
        <source>An objective&apos;s assumptions and risks</source>
        <translation>Допущения и риски задачи</translation>
    </message>
    <message>
        <source>An objective&apos;s baseline year</source>
        <translation>Год исходного уровня задачи</translation>
    </message>
    <message>
        <source>An objective&apos;s baseline</source>
        <translation>Исходный уровень задачи</translation>
    </message>
    <message>
        <source>An objective&apos;s indicator</source>
        <translation>Индикатор задачи</translation>
    </message>
    <message>
        <source>An objective&apos;s means of verification</source>
        <translation>Средства проверки задачи</translation>
    </message>
    <message>
        <source>An objective&apos;s target year</source>
        <translation>Год целевого значения задачи</translation>
    </message>
    <message>
        <source>An objective&apos;s target</source>
        <translation>Целевое значение задачи</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>A programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>A recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>A result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>A session detail</source>
        <translation>Сведения о сессии</translation>
    </message>
    <message>
        <source>A threat, driver or constraint</source>
        <translation>Угроза, движущий фактор или ограничение</translation>
    </message>
    <message>
        <source>An action taken</source>
        <translation>Выполненное действие</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>An objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>The text of the Vision or Goal</source>
        <translation>Текст видения или цели</translation>
    </message>
    <message>
        <source>Who implemented an action</source>
        <translation>Кем выполнено действие</translation>
    </message>
    <message>
        <source>This round of the {vote} does not ask about that {kind}: it keeps its figures from the earlier round.</source>
        <translation>Этот тур голосования «{vote}» не касается этого объекта ({kind}): он сохраняет значения предыдущего тура.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>элемент</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>High/Medium</source>
        <translation>Высокий/средний</translation>
    </message>
    <message>
        <source>Medium/Low</source>
        <translation>Средний/низкий</translation>
    </message>
    <message>
        <source>non-existent</source>
        <extracomment>what the LogFrame holds for the Goal, each objective and each result, besides the narrative</extracomment>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>major</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>слабый</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хороший</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <source>International</source>
        <extracomment>the heading of voters who belong to no country</extracomment>
        <translation>Международные</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Нет ответа</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>The session is damaged</source>
        <translation>Сессия повреждена</translation>
    </message>
    <message>
        <source>Open a copy of {0}</source>
        <translation>Открыть копию {0}</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Открыть сессию</translation>
    </message>
    <message>
        <source>Create a new session</source>
        <translation>Создать сессию</translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>Сохранить копию сессии</translation>
    </message>
    <message>
        <source>Import participants and countries</source>
        <translation>Импорт участников и стран</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Session &amp; people</source>
        <translation>Сессия и участники</translation>
    </message>
    <message>
        <source>Who takes part: the range states (countries), the regions they form, and the participants with their country, role and whether they vote.</source>
        <translation>Кто участвует: страны ареала, образуемые ими регионы и участники — их страна, роль и право голоса.</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Видение</translation>
    </message>
    <message>
        <source>An inspiring picture of the next 25–50 years: the ideal future for the species, meant as a source of inspiration.</source>
        <translation>Вдохновляющая картина следующих 25–50 лет: идеальное будущее вида как источник вдохновения.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>A more concrete intention than the Vision: a feasible, realistic and measurable aim for the next 10–20 years.</source>
        <translation>Более конкретное намерение, чем видение: выполнимая, реалистичная и измеримая цель на 10–20 лет.</translation>
    </message>
    <message>
        <source>Problem tree</source>
        <translation>Дерево проблем</translation>
    </message>
    <message>
        <source>Threats are the immediate causes of harm (current or emerging); Drivers are their root causes and can drive other Drivers; Constraints do no harm themselves but let Threats and Drivers act. Links run from cause to effect.</source>
        <translation>Угрозы — непосредственные причины вреда (текущие или возникающие); движущие факторы — их коренные причины, они могут влиять и на другие факторы; ограничения сами не вредят, но позволяют действовать угрозам и факторам. Связи идут от причины к следствию.</translation>
    </message>
    <message>
        <source>Threat ranking</source>
        <translation>Ранжирование угроз</translation>
    </message>
    <message>
        <source>Every Driver and Threat is scored per country for importance/severity (0 = non-existent, 1 = minor, 2 = medium, 3 = major) and for the capacity to address it (1 = poor, 2 = medium, 3 = good); &apos;-&apos; means unknown. Constraints are not ranked. A country&apos;s figure is the mean of its votes; within a region, the mean of its votes given in that region&apos;s working group (else of its votes given without a region). A region&apos;s figure is its working group&apos;s mean where it voted as a whole, else the mean of its countries&apos; figures within it; brackets beside it name countries that differ, in the region&apos;s order. The range-wide figure is the mean of the region figures; a country in no region counts as a region of its own. A vote can be closed and run again in a new round on the items whose votes spread widely.</source>
        <translation>Каждый движущий фактор и каждая угроза оцениваются по странам: важность/серьёзность (0 = отсутствует, 1 = низкая, 2 = средняя, 3 = высокая) и потенциал для противодействия (1 = слабый, 2 = средний, 3 = хороший); «-» означает «неизвестно». Ограничения не ранжируются. Оценка страны — среднее её голосов; внутри региона — среднее её голосов, поданных в рабочей группе этого региона (иначе — поданных без региона). Оценка региона — среднее его рабочей группы, если она голосовала целиком, иначе — среднее оценок его стран в нём; в скобках рядом названы страны с другой оценкой, в порядке региона. Оценка по всему ареалу — среднее оценок регионов; страна вне регионов считается отдельным регионом. Голосование можно закрыть и провести новый тур по пунктам с большим разбросом голосов.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Numbered aims that support reaching the Goal and directly address important Threats and Drivers, grouped under a few general themes.</source>
        <translation>Пронумерованные задачи, которые помогают достичь цели и прямо направлены на важные угрозы и движущие факторы; сгруппированы в несколько общих тем.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>What must be achieved to reach an Objective, numbered objective.result; SMART: specific, measurable, achievable, relevant and time-bound, each with an indicator.</source>
        <translation>Что нужно достичь для выполнения задачи; нумерация задача.результат; SMART: конкретные, измеримые, достижимые, значимые и ограниченные по времени, у каждого — индикатор.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Actions that achieve a Result, numbered objective.result.activity, each with a timeline, actor(s), indicator and a rough budget.</source>
        <translation>Действия для достижения результата; нумерация задача.результат.мероприятие; у каждого — сроки, исполнители, индикатор и примерный бюджет.</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>Приоритизация</translation>
    </message>
    <message>
        <source>Each voter gives every Activity a priority for their country: 1 = low, 2 = medium, 3 = high. The overall priority is the mean of the country priorities.</source>
        <translation>Каждый голосующий задаёт каждому мероприятию приоритет для своей страны: 1 = низкий, 2 = средний, 3 = высокий. Общий приоритет — среднее приоритетов стран.</translation>
    </message>
    <message>
        <source>LogFrame</source>
        <translation>LogFrame</translation>
    </message>
    <message>
        <source>The tabulated summary: the Goal, then each Objective with its Results and their Activities, with indicator, timeline, actor, budget and priority.</source>
        <translation>Сводная таблица: цель, затем каждая задача с её результатами и их мероприятиями — с индикатором, сроками, исполнителем, бюджетом и приоритетом.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Later, for each Activity: the actions taken so far per country, who implemented them and when, their status, and recommendations (including proposed priority changes).</source>
        <translation>Позже, по каждому мероприятию: принятые меры по странам, кто и когда их выполнил, их статус и рекомендации (в том числе предлагаемые изменения приоритета).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The documents for the rapporteur: the LogFrame matrix, the score tables and the session minutes as PDF, and every table as a spreadsheet.</source>
        <translation>Документы для докладчика: матрица LogFrame, таблицы оценок и протокол сессии в PDF, а также каждая таблица в виде электронной таблицы.</translation>
    </message>
</context>
<context>
    <name>removal</name>
    <message>
        <source>objectives</source>
        <translation>задачи</translation>
    </message>
    <message>
        <source>results</source>
        <translation>результаты</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>items</source>
        <translation>элементы</translation>
    </message>
    <message>
        <source>links</source>
        <translation>связи</translation>
    </message>
    <message>
        <source>priority votes</source>
        <translation>голоса за приоритеты</translation>
    </message>
    <message>
        <source>ranking scores</source>
        <translation>оценки ранжирования</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>ограничения</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>движущие факторы</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>угрозы</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>ограничение</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>движущий фактор</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>угроза</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Removed {0} — Ctrl+Z brings it back.</source>
        <translation>Удалено: {0} — Ctrl+Z вернёт.</translation>
    </message>
    <message>
        <source>Removed {0}, and with it {1} — Ctrl+Z brings them back.</source>
        <translation>Удалено: {0}, а вместе с этим — {1}. Ctrl+Z вернёт всё.</translation>
    </message>
</context>
</TS>
