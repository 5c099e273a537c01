<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name />
    <message>
        <source>DomainError</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message>
        <source>The audit log viewer needs the audit log service, which is not part of this version yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Edit class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>School &amp;year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no teacher)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassesScreen</name>
    <message>
        <source>Classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform><numerusform>%n classes</numerusform></translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the class “%1”?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>b</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>c</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect DreamSeed Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where is the DreamSeed database? You can change this later in the settings file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;This PC only (embedded database, works offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;School server (shared PostgreSQL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>School server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reload it and make your change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many failed sign-ins. The account is locked for 15 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This email address is already used by another account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role must be admin, teacher or student.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An organization with this name already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown organization type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This student number is already used in this school.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade must be between 1 and 12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>School year must be between 2000 and 2100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A class with this name already exists for this school year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item with this code already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discrimination a must be greater than 0 (and at most 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guessing c must be at least 0 and below 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difficulty b must be between -10 and 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record is still in use by other records and cannot be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referenced record does not exist (it may have been removed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value out of the allowed range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value has the wrong format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was busy with a conflicting change. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database rejected the connection credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database reported an error. The change was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must have at most 128 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is too easy to guess. Do not use your email address or a common password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must not start or end with spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A choice is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A grade is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A student number must be at most 30 characters without spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A subject is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An email address is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item code is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choices must be a list of texts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an organization first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding must be auto, utf-8 or cp949.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only students have a grade and a student number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only teachers have a subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer key is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email address is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no item rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is neither UTF-8 nor CP949 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The grade is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question text (stem) is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teacher belongs to another organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text contains a NUL character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can only manage your own organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8 or CP949 text. Save it from Excel as 'CSV UTF-8' and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only students have a grade, student number or class; leave them empty for teachers and admins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page offset cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A page must hold at least one row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session details must be a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end of the date range must be after its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This student's account is deactivated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exam belongs to another class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time must be a whole number of milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time is longer than a day; check the value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct does not match the answer key for the selected choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say whether the answer is correct (the item has no answer key or no choice was given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item number (seq) must be 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempt details must be a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer id is not a valid UUID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The student does not match the exam session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item was already answered in this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item number was already answered in this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to change: give at least one corrected value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This answer id was already used for another item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The limit must be 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum number of attempts must be 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer key points past the last choice; give a new key with the new choices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs between 3 and 2000 students.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only administrators can read the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score must be between 0 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quit password needs at least 4 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is too long (200 characters at most).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please choose a subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown exam type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown result display.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exam must close after it opens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exam server scores with EAP; choose the EAP estimator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least one item must be given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time limit must be between 1 minute and 6 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SE target must be between 0.1 and 1.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item pool has fewer items than the maximum test length; lower the maximum or widen the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exam does not exist or you cannot see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This class does not exist or you cannot see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exam cannot move to another class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students have already started this exam; its subject, item pool and CAT settings can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session does not exist or you cannot see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is run by the exam window: only the exam window records its answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is still running in the exam window; correct its answers after it has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is run by the exam window: pause, resume or end it in the proctor console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model must be one of 1PL, 2PL, 3PL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulate between 1 and 100000 students.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization {id} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An organization named '{name}' already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' still has {people} people and {classes} classes. Move or remove them before deleting the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email address {email} is already used by another account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody has the email address {email}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student {id} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person {id} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teacher {id} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class {id} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{value}' is not a grade (use a number from {low} to {high}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected text, got {type}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{value}' is not a valid id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is too long (at most {max_len} characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{email}' is not a valid email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade must be between {low} and {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long (at most {max_len} characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization type must be one of: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A class named '{name}' already exists in {year}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' still has {count} students. Unenroll them before deleting the class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' has exam results and cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown student id(s): {ids}. Already enrolled: {enrolled}. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown student id(s): {ids}. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already enrolled: {count} student(s) are already in '{name}' (ids {ids}). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student(s) {ids} belong to another organization than the class. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student(s) {ids} are not enrolled in '{name}'. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than {max_mb} MB. Split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column(s) missing: {missing}. Found headers: {headers}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown roster field '{field}'. Known: {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no column '{header}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown role '{role}' (use student, teacher or admin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a CSV file: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broken CSV: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has more than {max_rows} rows. Split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This line has {cells} cells but the header has {headers}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate email {email} (also on line {line}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate student number {number} (also on line {line}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{email} belongs to a person of another organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{email} already belongs to a {old_role_label}, not a {role_label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student number {number} already belongs to {owner}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown class {classes}. Create the class first or fix its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam type must be one of: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status must be one of: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam {id} was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student {student_id} is not enrolled in class {class_id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam session {id} was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student {id} was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class {id} was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item {id} was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempt {id} was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{label} must be a finite number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected choice must be a number from 1 to {upper}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must be one of: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item code has at most {max_len} characters and no spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subject is too long (at most {max_len} characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The strand is too long (at most {max_len} characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model must be one of: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A {model} item has no guessing parameter: c must be 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item needs {low} to {high} choices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer key must be a choice number from 1 to {upper}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{value}' is not a grade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer key '{value}' is not a choice number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file lacks the column(s): {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item {code} appears twice (also on line {line}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item {code} is already in the bank.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume days must be between 0 and {max_days}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most {max_items} items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search text must be at most {max_len} characters without NUL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} row(s) have problems; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exam's adaptive-test settings are invalid (unknown setting "{setting}"). Ask your teacher.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many failed sign-ins. The account is locked for {minutes} more minute(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exam session is {status_label}; answers can no longer be recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exam session is {status_label}; it cannot be completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exam session is {status_label}; it cannot be suspended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exam session is {status_label}; it cannot be resumed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exam session is {status_label}; it cannot be terminated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discrimination a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difficulty b</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guessing c</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>terminated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password could not be processed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator can reset passwords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the teacher of the class can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam session not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is not paused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason for ending the session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra time must be between 1 and 600 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator can change exposure parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dreamseed_client is a member of another role; remove that membership first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only students can take exams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time to resume this exam has passed. Ask your teacher.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have already taken this exam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exam is not open now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exam server scores with EAP only; ask your teacher to choose the EAP estimator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your teacher has paused the exam. Please wait.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exam is paused. Open it again from your exam list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An answer needs its item, number and id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item has already been answered; the answer cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not the current item of the exam. Reload the exam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen answer does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This answer was recorded by another request; send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit_log is append-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account has been deactivated. Ask your school administrator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnrollmentScreen</name>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, number or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀  &amp;Enroll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unenroll  ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enroll selected students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unenroll selected students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this class (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available students (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>%n student enrolled.</numerusform><numerusform>%n students enrolled.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Already enrolled: %n student(s).</source>
        <translation>
            <numerusform>Already enrolled: %n student.</numerusform><numerusform>Already enrolled: %n students.</numerusform></translation>
    </message>
    <message>
        <source>Already enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the selected students are already in this class. Enroll the other %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unenroll</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Remove %n student(s) from this class? Their results are kept.</source>
        <translation>
            <numerusform>Remove %n student from this class? Their results are kept.</numerusform><numerusform>Remove %n students from this class? Their results are kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) removed.</source>
        <translation>
            <numerusform>%n student removed.</numerusform><numerusform>%n students removed.</numerusform></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting roster</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV file saved from Excel (UTF-8 or CP949) with a header row: name, email, role, student number, grade, class, subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roster file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this dialog and open it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No item selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bank version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Item bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All subjects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <source>Retire items</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Retire %n item(s)? Retired items are no longer given in new exams.</source>
        <translation>
            <numerusform>Retire %n item? Retired items are no longer given in new exams.</numerusform><numerusform>Retire %n items? Retired items are no longer given in new exams.</numerusform></translation>
    </message>
    <message>
        <source>Import items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing items…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting items</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Academy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Math</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Science</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message>
        <source>My exams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start or resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n exam(s) ready to take</source>
        <translation>
            <numerusform>%n exam ready to take</numerusform><numerusform>%n exams ready to take</numerusform></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test window is not installed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — DreamSeed Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DreamSeed Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many failed sign-ins. This account is locked for 15 minutes; ask your administrator if you need it sooner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DreamSeed Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus &amp;navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About DreamSeed Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language is used after DreamSeed Desktop restarts. Restart now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About DreamSeed Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DreamSeed Desktop — computerized adaptive testing for schools.
Korean font: NanumGothic (SIL Open Font License 1.1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Encoding and columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the detected encoding and which column holds which field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in file)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not complete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>My exams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roster and enrollment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Psychometrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This screen could not be opened. The details were written to the log file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform><numerusform>%n organizations</numerusform></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;deactivated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport school roster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deactivate %n person(s)? They can no longer sign in; their classes and results are kept.</source>
        <translation>
            <numerusform>Deactivate %n person? They can no longer sign in; their classes and results are kept.</numerusform><numerusform>Deactivate %n people? They can no longer sign in; their classes and results are kept.</numerusform></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export school roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting school roster</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student n&amp;umber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows with problems are highlighted. Nothing is imported until every row is correct.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform><numerusform>%n rows read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>%n enrollment</numerusform><numerusform>%n enrollments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; fix the file and try again.</source>
        <translation>
            <numerusform>%n row have problems; fix the file and try again.</numerusform><numerusform>%n rows have problems; fix the file and try again.</numerusform></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing roster</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>Import roster CSV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo school: every demo account has the password %1. Try a teacher (%2) or a student (%3) too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the database on this PC…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the demo school…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC (embedded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam mode is not installed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created: %1
Updated: %2
Unchanged: %3
Enrollments: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>