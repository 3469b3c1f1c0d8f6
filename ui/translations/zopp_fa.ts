<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ActivityDetail</name>
    <message>
        <source>Recommendation for this activity (rewording, urgency, …)</source>
        <extracomment>share of the table&apos;s width per column (the table keeps them when resized)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of the programme&apos;s items, e.g. 1.1.1, 1.1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken (type in the last row to add one; Delete removes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a review (New review…) to record what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: link them from an activity of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no programme item {0}; import the programme of work first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2023–2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;or(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who carries it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rough figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;See activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers, e.g. 1.1.4, 2.3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes, e.g. CAMI PoW 19.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Activity {0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTree</name>
    <message>
        <source>Activities of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>(activity kind, activity id) of the chosen activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotPreviewDialog</name>
    <message>
        <source>Import ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rows with problems (they are not imported; the rest is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change, per participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes can be read from these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported while problems remain: fix the ballots and import them again, or skip the rows with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is one step: Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Vision, Goal, objectives, results and activities with indicator, timeline, actors, budget and priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat ranking, threats by region and country, activity priorities per country; as a spreadsheet, every table on its own sheet (CSV: one file each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything for the rapporteur: glossary, participants, Vision, Goal, problem tree, tables, LogFrame, priorities and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken per activity and country, their status and recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogFrame matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>kind → (name, what it holds)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the {0} ({1})…</source>
        <extracomment>documents finished so far, and what is being written now files written, and one sentence per document that could not be written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} could not be written ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the documents&apos; headings, column names and page numbers; what the workshop typed stays as typed.</source>
        <extracomment>an export finished (files written or problems shown) what the running export left out on purpose, said with its result</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the documents in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring overview was left out: add a review in the Monitoring step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureDetails</name>
    <message>
        <source> ({0}–{1}, spread {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (all {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure (or a dot of the chart) to see the votes behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}, {2}: {3} — {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Vision: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vision is adopted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportanceCapacityChart</name>
    <message>
        <source>Importance {0}, capacity {1}</source>
        <extracomment>a dot was clicked: the item&apos;s id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance/severity (0 = non-existent … 3 = major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (1 = poor … 3 = good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help needed most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the cause to the effect (Enter in the effect box does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one item holds &apos;{0}&apos;: type more of the {1}, or choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {0} from the list of items first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFramePage</name>
    <message>
        <source>No Objectives yet: the matrix fills in as Objectives, Results and Activities are written.</source>
        <extracomment>each column&apos;s share of the width, and its narrowest width (pixels at zoom 1.0) the columns that shrink when the view is narrow, in order widest a timeline or budget column grows to fit its longest entry (pixels at zoom 1.0) column → width its longest unbreakable entry needs (timeline, budget)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; &lt;i&gt;not adopted yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (theme: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see Activity {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What is this step?</source>
        <extracomment>the step list&apos;s width (pixels) at zoom 1.0: room for the longest step title the most characters of the workshop&apos;s title shown in the title bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be written there ({1}); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the session was saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}. Redo with Ctrl+Shift+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {0} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a programme of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview can be written as .pdf or .xlsx, not &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Midterm review {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year the plan began, e.g. 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (an empty record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose or type a new theme, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective {0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineWidget</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the chain breaks (double-click or Enter to go there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain holds: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New objective: type and press Enter; paste adds one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New result (first select the objective it belongs to): type and press Enter; paste adds one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New result under objective {0}: type and press Enter; paste adds one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity (first select the result it belongs to): type and press Enter; paste adds one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity under result {0}: type and press Enter; paste adds one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the objective the new result belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the result the new activity belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities to monitor yet: add activities in the Activities step, or import an external programme of work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The {0} step is not available in this version of ZOPP Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritisationPage</name>
    <message>
        <source>Click a column heading to sort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemTreePage</name>
    <message>
        <source>Type and press Enter to add the next; paste lines to add one item per line; Delete removes (Ctrl+Z brings it back); Alt+Up/Down moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: emerging  ┆ arrows: cause → effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the lists and links to give the diagram the whole page (F6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how we will know it is achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Result {0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the next; Delete removes; Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries (range states)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the next; Ctrl+V pastes rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on Countries opens the list to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; &lt;small&gt;({0})&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants: {0}, {1} voting&lt;/b&gt; &lt;small&gt;({2})&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>done</source>
        <extracomment>step id → (module, class) of its page status → (mark shown before the title, words for screen readers and tooltips)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextStepPage</name>
    <message>
        <source>Type the {0} here.</source>
        <extracomment>milliseconds of quiet after typing before the text is saved the text being drafted is larger than the rest, for the room to read on the projector</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts (✔ = adopted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the text as it is now as a draft (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopt draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected draft the adopted text (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatRankingPage</name>
    <message>
        <source>Range-wide (Table 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region (Appendix III)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance × capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <source>{0}: {1}; &apos;-&apos; = unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Reveal results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (hidden until revealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook per participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook per country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballots could not be written to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots imported from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoterPicker</name>
    <message>
        <source>No one votes yet: mark participants as voting in Session &amp; people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Choose who is voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (cells answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;tes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a digit to score, &apos;-&apos; for unknown, Delete to clear; arrows, Tab and Enter move; PageDown: next voter, PageUp: previous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Every country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range-wide only</source>
        <extracomment>first entry of the results&apos; country filter, and how a country is named in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints, drivers and threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance/severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints (not ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No session is open. Start a workshop, or continue one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions (Enter or double-click opens):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New session…</source>
        <extracomment>id → (menu text, shortcut, checkable)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is this step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>not started</source>
        <extracomment>an action&apos;s statuses (``mon.ACTION_STATUSES``) with their words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country, several separated by commas, or &apos;Regional&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years, e.g. 2018-2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the columns shown besides number and text, per focus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective / Result / Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO code, e.g. TR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F2 opens the list: Space ticks a country. Typing or pasting codes or names separated by commas also works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this participant votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emerging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <extracomment>kind → the title of its list&apos;s column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current or emerging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty: it is not a ZOPP session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a ZOPP session file (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a SQLite database of another application, not a ZOPP session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy to {path}: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the open session itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file could not be written ({reason}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside the {criterion} scale ({low}–{high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a score: write a number, &apos;-&apos; for unknown, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant is not in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints are not ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a country with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} cannot be removed: {count} vote(s) were cast for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a region called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no country with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add country {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename country {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove country {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add region {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change members of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove region {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add participant {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit participant {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopt draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High/Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium/Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-existent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <extracomment>the heading of voters who belong to no country</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Open a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants and countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Session &amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part: the range states (countries), the regions they form, and the participants with their country, role and whether they vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inspiring picture of the next 25–50 years: the ideal future for the species, meant as a source of inspiration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A more concrete intention than the Vision: a feasible, realistic and measurable aim for the next 10–20 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats are the immediate causes of harm (current or emerging); Drivers are their root causes and can drive other Drivers; Constraints do no harm themselves but let Threats and Drivers act. Links run from cause to effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Driver and Threat is scored per country for importance/severity (0 = non-existent, 1 = minor, 2 = medium, 3 = major) and for the capacity to address it (1 = poor, 2 = medium, 3 = good); &apos;-&apos; means unknown. Constraints are not ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered aims that support reaching the Goal and directly address important Threats and Drivers, grouped under a few general themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be achieved to reach an Objective, numbered objective.result; SMART: specific, measurable, achievable, relevant and time-bound, each with an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that achieve a Result, numbered objective.result.activity, each with a timeline, actor(s), indicator and a rough budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each voter gives every Activity a priority for their country: 1 = low, 2 = medium, 3 = high. The overall priority is the mean of the country priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogFrame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tabulated summary: the Goal, then each Objective with its Results and their Activities, with indicator, timeline, actor, budget and priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later, for each Activity: the actions taken so far per country, who implemented them and when, their status, and recommendations (including proposed priority changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents for the rapporteur: the LogFrame matrix, the score tables and the session minutes as PDF, and every table as a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>The results are hidden while people vote.
Press “Reveal results” to show them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
