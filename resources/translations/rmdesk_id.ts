<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a company&apos;s reverse-mentoring program from one local file: people, pairs, goals, meetings, evaluations and reports. Nothing is sent over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk is free software under the MIT licence. It is built with, and ships, these libraries and fonts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and fonts with their licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who changed what and when: every edit (with the computer user who made it), and the exports, restores and erasures, which cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashLogDialog</name>
    <message>
        <source>Crash Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes a person and every trace of them: their pairs with the goals, meetings and evaluations, their never-pair entries, and what the change log and the file&apos;s snapshots hold about them. Use it when someone asks for their data to be deleted, or when the retention period has passed. To keep their history, archive them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People of a closed program past its retention period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program past its retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase: remove them and every trace of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise: keep the figures, replace the name by a pseudonym, empty the email, employee number and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type the name or ERASE to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone: no undo, no snapshot and no restore brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence per topic (1 = not at all, 5 = fully confident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file&apos;s lists to a spreadsheet: people, enrolments, pairs, goals, meetings and evaluations, with names to read and ids to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx): a sheet per list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;SV (UTF-8): one file per list, named after the file you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For people who must not see who is who, such as an outside evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names become pseudonyms (Participant 0042), the same for one person in every list; email, employee numbers, notes, comments and the matching&apos;s reasons are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What (specific):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure of success:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>rmdesk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds (change any that are wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
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
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Program File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Sna&amp;pshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import People...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update people from an Excel or CSV staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write people, pairs, goals, meetings and evaluations to Excel or CSV, anonymised if you wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
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
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Program...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching Rules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart Program...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program runs from now on; choose which proposed pairs start with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Program...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what is missing, complete the active pairs and close the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a closed program again; the pairs its closing completed are active again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Matching rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points a suggestion weighs (negative points count against a pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per offered × wanted &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;grade the mentee is senior:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...counted up to (&amp;grades):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor of a &amp;younger generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared la&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same l&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules a suggestion never breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody pairs with anyone above or below them in their reporting &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...nor with someone under the same manager (&amp;peers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;earlier pairs again (together before, in this program or another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reverse mentor is &amp;junior by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals worked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Start pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a reason or type your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client this file belongs to. Its name and logo head every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep people&apos;s data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a program closes, its people&apos;s data is kept this long; then rmdesk offers to erase or anonymise them (File &gt; Erase People).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months after a program closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingPage</name>
    <message>
        <source>Search all areas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest Pairs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ir Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair the selected reverse mentor with the selected mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These buttons act on the pair selected under Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the proposed pair from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a meeting the pair held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d Early...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the active pair before the program ends, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omplete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the active pair finished as planned, from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the pair as it is when suggestions run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the proposed pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Perso&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the reverse mentor&apos;s or the mentee&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a reverse mentor onto a mentee to pair them, a person onto a pair to swap, a pair out to unpair. Or select two cards and press Pair Selected. Right-click a pair (or press the Menu key) for everything it can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse mentors without a mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter reverse mentors without a mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees without a reverse mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter mentees without a reverse mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee &amp;no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation, from the birth year (Pew Research cut-offs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job and reporting line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program role and talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;otential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics (level 1 to 5; blank for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics offered and wanted, with their levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reverse mentor offers topics; a mentee wants them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi&amp;ved (left the company or the program)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search name, department, job, email...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect this file with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
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
        <source>These apply to rmdesk on this computer, whichever file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk uses this language from its next start. What is not translated yet stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted file nobody touches for this long closes and asks for its passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock after, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshots kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked copies kept of each file, taken when you open it after a change; the oldest go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots kept of each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programs &amp;meet every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a new program&apos;s pairs are expected to meet; each program can change it in Program &gt; Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programs meet every, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size reports start with; the Reports page can still change it for one report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report paper size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grace before an alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees per &amp;mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &gt; Start Program, Close Program and Reopen Program move a program on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides answer these statements at each stage, from 1 (strongly disagree) to the top of the scale (strongly agree). Each belongs to one of Kirkpatrick&apos;s levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>PDF reports to hand to the client&apos;s leadership: the whole program, or one evaluation report per pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole program (one PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked &amp;pairs (one PDF each, into a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing dated after this day counts in the reports: meetings, check-ins, pairs that ended later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the report when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreSnapshotDialog</name>
    <message>
        <source>Restore a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdesk keeps a copy of this file each time it opens it after a change. Check what a copy holds before you bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of the menu commands. Keys in lists, forms and the pairing board are in Help &gt; User Guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggested pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paired, and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a reverse-mentoring program from one file: people, goals, pairs, meetings and evaluations. Your work is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New program file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a program file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
