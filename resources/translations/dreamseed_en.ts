<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AdminPage</name>
    <message numerus="yes">
        <source>At least %n characters; not your email address, not a common password such as 12345678.</source>
        <translation>
            <numerusform>At least %n character; not your email address, not a common password such as 12345678.</numerusform>
            <numerusform>At least %n characters; not your email address, not a common password such as 12345678.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message numerus="yes">
        <source>%n person(s) affected</source>
        <translation>
            <numerusform>%n person affected</numerusform>
            <numerusform>%n people affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message numerus="yes">
        <source>%1 enrolled %n student(s) in %2.</source>
        <extracomment>details keys that carry the object&apos;s own name, in order of preference</extracomment>
        <translation>
            <numerusform>%1 enrolled %n student in %2.</numerusform>
            <numerusform>%1 enrolled %n students in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n student(s) from %2.</source>
        <translation>
            <numerusform>%1 removed %n student from %2.</numerusform>
            <numerusform>%1 removed %n students from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported a roster (%n person(s)).</source>
        <translation>
            <numerusform>%1 imported a roster (%n person).</numerusform>
            <numerusform>%1 imported a roster (%n people).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paused the test %2 of %n student(s).</source>
        <translation>
            <numerusform>%1 paused the test %2 of %n student.</numerusform>
            <numerusform>%1 paused the test %2 of %n students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 let %n student(s) go on with the test %2.</source>
        <translation>
            <numerusform>%1 let %n student go on with the test %2.</numerusform>
            <numerusform>%1 let %n students go on with the test %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n student(s) extra time in the test %2.</source>
        <translation>
            <numerusform>%1 gave %n student extra time in the test %2.</numerusform>
            <numerusform>%1 gave %n students extra time in the test %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ended the test %2 of %n student(s).</source>
        <translation>
            <numerusform>%1 ended the test %2 of %n student.</numerusform>
            <numerusform>%1 ended the test %2 of %n students.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n EM iteration(s)</source>
        <translation>
            <numerusform>%1 after %n EM iteration</numerusform>
            <numerusform>%1 after %n EM iterations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) can be accepted</source>
        <translation>
            <numerusform>%1 of %n item can be accepted</numerusform>
            <numerusform>%1 of %n items can be accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters; not your email address, not a common password such as 12345678.</source>
        <translation>
            <numerusform>At least %n character; not your email address, not a common password such as 12345678.</numerusform>
            <numerusform>At least %n characters; not your email address, not a common password such as 12345678.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message numerus="yes">
        <source>%n point(s), some of them:</source>
        <translation>
            <numerusform>%n point, some of them:</numerusform>
            <numerusform>%n points, some of them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesScreen</name>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message numerus="yes">
        <source>%n session(s) ended short, not averaged</source>
        <translation>
            <numerusform>%n session ended short, not averaged</numerusform>
            <numerusform>%n sessions ended short, not averaged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message numerus="yes">
        <source>The demo school&apos;s past exams are still being taken in the background (%1 of %n sittings): the figures are not complete yet and update when it is done.</source>
        <translation>
            <numerusform>The demo school&apos;s past exams are still being taken in the background (%1 of %n sitting): the figures are not complete yet and update when it is done.</numerusform>
            <numerusform>The demo school&apos;s past exams are still being taken in the background (%1 of %n sittings): the figures are not complete yet and update when it is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo school&apos;s past exams were not all taken (%1 of %n sittings); the rest are taken at the next start.</source>
        <translation>
            <numerusform>The demo school&apos;s past exams were not all taken (%1 of %n sitting); the rest are taken at the next start.</numerusform>
            <numerusform>The demo school&apos;s past exams were not all taken (%1 of %n sittings); the rest are taken at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DifTab</name>
    <message numerus="yes">
        <source>{0} (%n session(s))</source>
        <translation>
            <numerusform>{0} (%n session)</numerusform>
            <numerusform>{0} (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with enough answers in both groups</source>
        <translation>
            <numerusform>%n item with enough answers in both groups</numerusform>
            <numerusform>%n items with enough answers in both groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message numerus="yes">
        <source>{count} row(s) have problems; nothing was changed.</source>
        <translation>
            <numerusform>{count} row has problems; nothing was changed.</numerusform>
            <numerusform>{count} rows have problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already enrolled: {count} student(s) are already in &apos;{name}&apos; (ids {ids}). Nothing was changed.</source>
        <translation>
            <numerusform>Already enrolled: {count} student is already in &apos;{name}&apos; (id {ids}). Nothing was changed.</numerusform>
            <numerusform>Already enrolled: {count} students are already in &apos;{name}&apos; (ids {ids}). Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. The account is locked for {minutes} more minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. The account is locked for {minutes} more minute.</numerusform>
            <numerusform>Too many failed sign-ins. The account is locked for {minutes} more minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>{count} item cannot be imported; nothing was imported.</numerusform>
            <numerusform>{count} items cannot be imported; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollmentScreen</name>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>%n student enrolled.</numerusform>
            <numerusform>%n students enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already enrolled: %n student(s).</source>
        <translation>
            <numerusform>Already enrolled: %n student.</numerusform>
            <numerusform>Already enrolled: %n students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected students are already in this class. Enroll the other %1?</source>
        <translation>
            <numerusform>%n of the selected students is already in this class. Enroll the other %1?</numerusform>
            <numerusform>%n of the selected students are already in this class. Enroll the other %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n student(s) from this class? Their results are kept.</source>
        <translation>
            <numerusform>Remove %n student from this class? Their results are kept.</numerusform>
            <numerusform>Remove %n students from this class? Their results are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) removed.</source>
        <translation>
            <numerusform>%n student removed.</numerusform>
            <numerusform>%n students removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstimatePanel</name>
    <message numerus="yes">
        <source>What to expect (a quick simulation of %n students)</source>
        <translation>
            <numerusform>What to expect (a quick simulation of %n student)</numerusform>
            <numerusform>What to expect (a quick simulation of %n students)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Students will usually answer %1–%2 questions (on average %n).</source>
        <translation>
            <numerusform>Students will usually answer %1–%2 questions (on average %n).</numerusform>
            <numerusform>Students will usually answer %1–%2 questions (on average %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n% of students finish early because their result is already precise enough.</source>
        <translation>
            <numerusform>%n% of students finish early because their result is already precise enough.</numerusform>
            <numerusform>%n% of students finish early because their result is already precise enough.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message numerus="yes">
        <source>%1 (%2, %n student(s))</source>
        <translation>
            <numerusform>%1 (%2, %n student)</numerusform>
            <numerusform>%1 (%2, %n students)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No questions of %1 match these grades and strands (%n question(s) in all): clear the grades or tick other strands.</source>
        <translation>
            <numerusform>No questions of %1 match these grades and strands (%n question in all): clear the grades or tick other strands.</numerusform>
            <numerusform>No questions of %1 match these grades and strands (%n questions in all): clear the grades or tick other strands.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamListPane</name>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n exam</numerusform>
            <numerusform>%n exams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message numerus="yes">
        <source>%1 answered; the test ends at %n question(s) at most</source>
        <translation>
            <numerusform>%1 answered; the test ends at %n question at most</numerusform>
            <numerusform>%1 answered; the test ends at %n questions at most</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You answered %1 of your %n item(s) correctly (%2% correct).</source>
        <translation>
            <numerusform>You answered %1 of your %n item correctly (%2% correct).</numerusform>
            <numerusform>You answered %1 of your %n items correctly (%2% correct).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemCurvesChart</name>
    <message numerus="yes">
        <source>Mean of %n items</source>
        <translation>
            <numerusform>Mean of %n item</numerusform>
            <numerusform>Mean of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message numerus="yes">
        <source>Press the number of your answer (1–%n), then Enter.</source>
        <extracomment>the question column never gets wider than this (long lines are hard to read on 1920 px) narrower than this (times the zoom), a reading passage goes above the question, not beside it</extracomment>
        <translation>
            <numerusform>Press the number of your answer (1–%n), then Enter.</numerusform>
            <numerusform>Press the number of your answer (1–%n), then Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire %n item(s)? Retired items are no longer given in new exams.</source>
        <translation>
            <numerusform>Retire %n item? Retired items are no longer given in new exams.</numerusform>
            <numerusform>Retire %n items? Retired items are no longer given in new exams.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from the QTI package.</source>
        <translation>
            <numerusform>Imported %n item from the QTI package.</numerusform>
            <numerusform>Imported %n items from the QTI package.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n flagged</numerusform>
            <numerusform>%n flagged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message numerus="yes">
        <source>%n exam(s) ready to take</source>
        <translation>
            <numerusform>%n exam ready to take</numerusform>
            <numerusform>%n exams ready to take</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Demo: past exams being taken (%1 of %n)</source>
        <translation>
            <numerusform>Demo: past exams being taken (%1 of %n)</numerusform>
            <numerusform>Demo: past exams being taken (%1 of %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyResults</name>
    <message numerus="yes">
        <source>%1 of %n item(s) correct (%2%)</source>
        <translation>
            <numerusform>%1 of %n item correct (%2%)</numerusform>
            <numerusform>%1 of %n items correct (%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyResultsScreen</name>
    <message numerus="yes">
        <source>%n finished exam(s)</source>
        <translation>
            <numerusform>%n finished exam</numerusform>
            <numerusform>%n finished exams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message numerus="yes">
        <source>Deactivate %n person(s)? They can no longer sign in; their classes and results are kept.</source>
        <translation>
            <numerusform>Deactivate %n person? They can no longer sign in; their classes and results are kept.</numerusform>
            <numerusform>Deactivate %n people? They can no longer sign in; their classes and results are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n person(s) a new initial password? Their current password stops working and they are signed out. Next you choose where to save the printable sheet.</source>
        <translation>
            <numerusform>Give %n person a new initial password? Their current password stops working and they are signed out. Next you choose where to save the printable sheet.</numerusform>
            <numerusform>Give %n people a new initial password? Their current password stops working and they are signed out. Next you choose where to save the printable sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New initial passwords for %n person(s); sheet saved to %1.</source>
        <translation>
            <numerusform>New initial password for %n person; sheet saved to %1.</numerusform>
            <numerusform>New initial passwords for %n people; sheet saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>%n enrollment</numerusform>
            <numerusform>%n enrollments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; fix the file and try again.</source>
        <translation>
            <numerusform>%n row have problems; fix the file and try again.</numerusform>
            <numerusform>%n rows have problems; fix the file and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): read them below before importing.</source>
        <translation>
            <numerusform>%n warning: read it below before importing.</numerusform>
            <numerusform>%n warnings: read them below before importing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProctorConsole</name>
    <message numerus="yes">
        <source>Extra minutes for each of the %n student(s) still testing:</source>
        <translation>
            <numerusform>Extra minutes for the %n student still testing:</numerusform>
            <numerusform>Extra minutes for each of the %n students still testing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause the test of all %n student(s) now? Their clocks stop until you resume.</source>
        <translation>
            <numerusform>Pause the test of the %n student now? Their clock stops until you resume.</numerusform>
            <numerusform>Pause the test of all %n students now? Their clocks stop until you resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Let all %n paused student(s) continue?</source>
        <translation>
            <numerusform>Let the %n paused student continue?</numerusform>
            <numerusform>Let all %n paused students continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) already had time until the exam closes and got no more. To give more time, move the exam&apos;s closing time first.</source>
        <translation>
            <numerusform>%n student already had time until the exam closes and got no more. To give more time, move the exam&apos;s closing time first.</numerusform>
            <numerusform>%n students already had time until the exam closes and got no more. To give more time, move the exam&apos;s closing time first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PsychometricsScreen</name>
    <message numerus="yes">
        <source>Store new parameters for %n item(s) as a new bank version? The old parameters stay in the history and finished sessions keep theirs.</source>
        <translation>
            <numerusform>Store new parameters for %n item as a new bank version? The old parameters stay in the history and finished sessions keep theirs.</numerusform>
            <numerusform>Store new parameters for %n items as a new bank version? The old parameters stay in the history and finished sessions keep theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) now have new parameters (new bank version).</source>
        <translation>
            <numerusform>%n item now has new parameters (new bank version).</numerusform>
            <numerusform>%n items now have new parameters (new bank version).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation>
            <numerusform>%n report written to %1</numerusform>
            <numerusform>%n reports written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%1 of %n student(s) finished</source>
        <translation>
            <numerusform>%1 of %n student finished</numerusform>
            <numerusform>%1 of %n students finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRecordDialog</name>
    <message numerus="yes">
        <source>%1 · %2 · θ %3 · SE %4 · %n item(s)</source>
        <translation type="vanished">
            <numerusform>%1 · %2 · θ %3 · SE %4 · %n item</numerusform>
            <numerusform>%1 · %2 · θ %3 · SE %4 · %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message numerus="yes">
        <source>Imported: %n new student(s).</source>
        <translation>
            <numerusform>Imported: %n new student.</numerusform>
            <numerusform>Imported: %n new students.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulationTab</name>
    <message numerus="yes">
        <source>%1: %n student(s)</source>
        <translation>
            <numerusform>%1: %n student</numerusform>
            <numerusform>%1: %n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) tested</source>
        <translation>
            <numerusform>%n student tested</numerusform>
            <numerusform>%n students tested</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectsScreen</name>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n new student(s) got an initial password. Save the sheet now: the passwords are not shown again.</source>
        <translation>
            <numerusform>%n new student got an initial password. Save the sheet now: the password is not shown again.</numerusform>
            <numerusform>%n new students got an initial password. Save the sheet now: the passwords are not shown again.</numerusform>
        </translation>
    </message>
</context>
</TS>
