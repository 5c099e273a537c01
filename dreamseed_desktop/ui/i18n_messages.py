"""English messages of the service layer, marked for translation (lupdate reads this file).

:func:`dreamseed_desktop.ui.i18n.domain_message` looks each error message up in the
``DomainError`` context; add a line here when a service introduces a new fixed message or
template. Templates keep their ``{name}`` placeholders: the UI translates the template and then
fills in the error's ``params`` (so the Korean text may put them in any order). Labels are
English terms passed as ``label``/``*_label`` params; they are translated too. Their Korean is in
``resources/translations/dreamseed_ko.ts`` (docs/architecture.md, "Translations");
``tests/unit/test_error_templates.py`` checks
that every template raised by the services and every message the SQL functions raise is here.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

KNOWN_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "The operation could not be completed."),
    QT_TRANSLATE_NOOP("DomainError", "Not found."),
    QT_TRANSLATE_NOOP("DomainError", "Already enrolled"),
    QT_TRANSLATE_NOOP("DomainError", "Invalid value."),
    QT_TRANSLATE_NOOP("DomainError", "Someone else changed this record after you opened it. "
                                     "Reload it and make your change again."),
    QT_TRANSLATE_NOOP("DomainError", "You are not allowed to do this."),
    QT_TRANSLATE_NOOP("DomainError", "Your sign-in has expired. Please sign in again."),
    QT_TRANSLATE_NOOP("DomainError", "Too many failed sign-ins. The account is locked for 15 minutes."),
    QT_TRANSLATE_NOOP("DomainError", "The database server cannot be reached. "
                                     "Check the network and try again."),
    QT_TRANSLATE_NOOP("DomainError", "This email address is already used by another account."),
    QT_TRANSLATE_NOOP("DomainError", "This is not a valid email address."),
    QT_TRANSLATE_NOOP("DomainError", "Role must be admin, teacher or student."),
    QT_TRANSLATE_NOOP("DomainError", "An organization with this name already exists."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown organization type."),
    QT_TRANSLATE_NOOP("DomainError", "This student number is already used in this school."),
    QT_TRANSLATE_NOOP("DomainError", "Grade must be between 1 and 6."),
    QT_TRANSLATE_NOOP("DomainError", "A middle or high school has grades 1 to 3."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown school level."),
    QT_TRANSLATE_NOOP("DomainError", "Select at least one person."),
    QT_TRANSLATE_NOOP("DomainError", "The workbook has no sheets."),
    QT_TRANSLATE_NOOP("DomainError", "The file could not be read as an Excel workbook ({reason}). Save it "
                                     "again from Excel or as CSV."),
    QT_TRANSLATE_NOOP("DomainError", "No header row found in the first {count} rows of sheet '{sheet}': "
                                     "it needs a name column (성명 or 이름) and 학년, 반, 번호, 학번 or email."),
    QT_TRANSLATE_NOOP("DomainError", "Student number {number} is {stored} in this school: its leading zeros "
                                     "were lost (for example when the file was opened in Excel). It is read as "
                                     "{stored}; the stored number is not changed."),
    QT_TRANSLATE_NOOP("DomainError", "Student number {number} is shorter than this school's other numbers "
                                     "({width} digits): if Excel removed leading zeros, fix the file (format "
                                     "the column as text) before importing."),
    QT_TRANSLATE_NOOP("DomainError", "This database is already set up. Sign in with an administrator account."),
    QT_TRANSLATE_NOOP("DomainError", "A student without an email needs a 학번 (or 반 and 번호) to sign in."),
    QT_TRANSLATE_NOOP("DomainError", "The school has students or classes above grade 3: a middle "
                                     "or high school has grades 1 to 3."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown school level '{level}' (use elementary, middle or high)."),
    QT_TRANSLATE_NOOP("DomainError", "A school of this level has grades 1 to {high}; {grade} is not one."),
    QT_TRANSLATE_NOOP("DomainError", "'{value}' is not a class number (반: a number from 1 to {high})."),
    QT_TRANSLATE_NOOP("DomainError", "'{value}' is not a seat number (번호: a number from 1 to {high})."),
    QT_TRANSLATE_NOOP("DomainError", "'{format}' is not a 학번 format: use Y (year), G (학년), C (반) "
                                     "and N (번호), e.g. GCCNN for 10101."),
    QT_TRANSLATE_NOOP("DomainError", "{value} does not fit the 학번 format {format}: make its part longer."),
    QT_TRANSLATE_NOOP("DomainError", "School year must be between 2000 and 2100."),
    QT_TRANSLATE_NOOP("DomainError", "A class with this name already exists for this school year."),
    QT_TRANSLATE_NOOP("DomainError", "An item with this code already exists."),
    QT_TRANSLATE_NOOP("DomainError", "Discrimination a must be greater than 0 (and at most 10)."),
    QT_TRANSLATE_NOOP("DomainError", "Guessing c must be at least 0 and below 1."),
    QT_TRANSLATE_NOOP("DomainError", "Difficulty b must be between -10 and 10."),
    QT_TRANSLATE_NOOP("DomainError", "This value is already in use."),
    QT_TRANSLATE_NOOP("DomainError", "This record is still in use by other records and cannot be removed."),
    QT_TRANSLATE_NOOP("DomainError", "A referenced record does not exist (it may have been removed)."),
    QT_TRANSLATE_NOOP("DomainError", "Value out of the allowed range."),
    QT_TRANSLATE_NOOP("DomainError", "This field is required."),
    QT_TRANSLATE_NOOP("DomainError", "Text is too long."),
    QT_TRANSLATE_NOOP("DomainError", "A value has the wrong format."),
    QT_TRANSLATE_NOOP("DomainError", "The database was busy with a conflicting change. Please try again."),
    QT_TRANSLATE_NOOP("DomainError", "The database rejected the connection credentials."),
    QT_TRANSLATE_NOOP("DomainError", "The request holds more values than one database statement can "
                                     "carry ({limit}). Nothing was changed; split it into smaller parts."),
    QT_TRANSLATE_NOOP("DomainError", "The database reported an error. The change was not saved."),
    QT_TRANSLATE_NOOP("DomainError", "The password must have at least 8 characters."),
    QT_TRANSLATE_NOOP("DomainError", "The password must not start or end with spaces."),
    QT_TRANSLATE_NOOP("DomainError", "Only staff can do this."),
    QT_TRANSLATE_NOOP("DomainError", "This action cannot be recorded by a client."),
    QT_TRANSLATE_NOOP("DomainError", "Only the system administrator can delete organizations."),
    QT_TRANSLATE_NOOP("DomainError", "Only an administrator can delete classes."),
    QT_TRANSLATE_NOOP("DomainError", "The password must have at most 128 characters."),
    QT_TRANSLATE_NOOP("DomainError", "The password is too easy to guess. Do not use your email address or a common password."),
    QT_TRANSLATE_NOOP("DomainError", "Wrong email or password."),
    QT_TRANSLATE_NOOP("DomainError", "A choice is empty."),
    QT_TRANSLATE_NOOP("DomainError", "A grade is required."),
    QT_TRANSLATE_NOOP("DomainError", "A name is required."),
    QT_TRANSLATE_NOOP("DomainError", "A student number must be at most 30 characters without spaces."),
    QT_TRANSLATE_NOOP("DomainError", "A subject is required."),
    QT_TRANSLATE_NOOP("DomainError", "An email address is required."),
    QT_TRANSLATE_NOOP("DomainError", "An item code is required."),
    QT_TRANSLATE_NOOP("DomainError", "Choices must be a list of texts."),
    QT_TRANSLATE_NOOP("DomainError", "Choose an organization first."),
    QT_TRANSLATE_NOOP("DomainError", "Encoding must be auto, utf-8, cp949 or utf-16."),
    QT_TRANSLATE_NOOP("DomainError", "The file is not UTF-16 text. Choose another encoding."),
    QT_TRANSLATE_NOOP("DomainError",
                      "This file can be read as UTF-8 or as CP949 (Korean Excel) and the two readings "
                      "differ, e.g. '{utf8}' or '{cp949}'. Choose the encoding that shows the names "
                      "correctly and try again."),
    QT_TRANSLATE_NOOP("DomainError", "Only students have a grade and a student number."),
    QT_TRANSLATE_NOOP("DomainError", "Only teachers have a subject."),
    QT_TRANSLATE_NOOP("DomainError", "The answer key is required."),
    QT_TRANSLATE_NOOP("DomainError", "The email address is missing."),
    QT_TRANSLATE_NOOP("DomainError", "The file has no item rows."),
    QT_TRANSLATE_NOOP("DomainError", "The file is empty."),
    QT_TRANSLATE_NOOP("DomainError", "The file is neither UTF-8 nor CP949 text."),
    QT_TRANSLATE_NOOP("DomainError", "The grade is missing."),
    QT_TRANSLATE_NOOP("DomainError", "The name is missing."),
    QT_TRANSLATE_NOOP("DomainError", "The question text (stem) is required."),
    QT_TRANSLATE_NOOP("DomainError", "The row has more cells than the header."),
    QT_TRANSLATE_NOOP("DomainError", "The teacher belongs to another organization."),
    QT_TRANSLATE_NOOP("DomainError", "The text contains a NUL character."),
    QT_TRANSLATE_NOOP("DomainError", "You can only manage your own organization."),
    QT_TRANSLATE_NOOP("DomainError", "You cannot deactivate your own account."),
)

# fixed messages of the services
FIXED_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "The file is not UTF-8 or CP949 text. Save it from Excel as 'CSV UTF-8' and try again."),
    QT_TRANSLATE_NOOP("DomainError", "Only students have a grade, student number or class; leave them empty for teachers and admins."),
    QT_TRANSLATE_NOOP("DomainError", "The page offset cannot be negative."),
    QT_TRANSLATE_NOOP("DomainError", "A page must hold at least one row."),
    QT_TRANSLATE_NOOP("DomainError", "Session details must be a JSON object."),
    QT_TRANSLATE_NOOP("DomainError", "The end of the date range must be after its start."),
    QT_TRANSLATE_NOOP("DomainError", "This student's account is deactivated."),
    QT_TRANSLATE_NOOP("DomainError", "The exam belongs to another class."),
    QT_TRANSLATE_NOOP("DomainError", "Response time must be a whole number of milliseconds."),
    QT_TRANSLATE_NOOP("DomainError", "Response time cannot be negative."),
    QT_TRANSLATE_NOOP("DomainError", "Response time is longer than a day; check the value."),
    QT_TRANSLATE_NOOP("DomainError", "Correct must be true or false."),
    QT_TRANSLATE_NOOP("DomainError", "Correct does not match the answer key for the selected choice."),
    QT_TRANSLATE_NOOP("DomainError", "Say whether the answer is correct (the item has no answer key or no choice was given)."),
    QT_TRANSLATE_NOOP("DomainError", "The item number (seq) must be 1 or more."),
    QT_TRANSLATE_NOOP("DomainError", "Attempt details must be a JSON object."),
    QT_TRANSLATE_NOOP("DomainError", "The answer id is not a valid UUID."),
    QT_TRANSLATE_NOOP("DomainError", "The student does not match the exam session."),
    QT_TRANSLATE_NOOP("DomainError", "This item was already answered in this session."),
    QT_TRANSLATE_NOOP("DomainError", "This item number was already answered in this session."),
    QT_TRANSLATE_NOOP("DomainError", "Nothing to change: give at least one corrected value."),
    QT_TRANSLATE_NOOP("DomainError", "This answer id was already used for another item."),
    QT_TRANSLATE_NOOP("DomainError", "The limit must be 1 or more."),
    QT_TRANSLATE_NOOP("DomainError", "The minimum number of attempts must be 1 or more."),
    QT_TRANSLATE_NOOP("DomainError", "The answer key points past the last choice; give a new key with the new choices."),
    QT_TRANSLATE_NOOP("DomainError", "The demo needs between 3 and 2000 students."),
    QT_TRANSLATE_NOOP("DomainError", "A demo student could not sign in; the demo school was changed by hand."),
    QT_TRANSLATE_NOOP("DomainError", "The exam's number of pretest items must be a whole number from 0 to 10. Ask your teacher."),
    QT_TRANSLATE_NOOP("DomainError", "Only teachers and administrators can see item statistics."),
    QT_TRANSLATE_NOOP("DomainError", "Only administrators can read the audit log."),
    QT_TRANSLATE_NOOP("DomainError", "Score must be between 0 and 100."),
    QT_TRANSLATE_NOOP("DomainError", "Duration cannot be negative."),
    QT_TRANSLATE_NOOP("DomainError", "The quit password needs at least 8 characters."),
    QT_TRANSLATE_NOOP("DomainError", "Please enter a title."),
    QT_TRANSLATE_NOOP("DomainError", "The title is too long (200 characters at most)."),
    QT_TRANSLATE_NOOP("DomainError", "Please choose a subject."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown exam type."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown result display."),
    QT_TRANSLATE_NOOP("DomainError", "The exam must close after it opens."),
    QT_TRANSLATE_NOOP("DomainError", "The exam server scores with EAP; choose the EAP estimator."),
    QT_TRANSLATE_NOOP("DomainError", "At least one item must be given."),
    QT_TRANSLATE_NOOP("DomainError", "The time limit must be between 1 minute and 6 hours."),
    QT_TRANSLATE_NOOP("DomainError", "The SE target must be between 0.1 and 1.0."),
    QT_TRANSLATE_NOOP("DomainError", "The item pool has fewer items than the maximum test length; lower the maximum or widen the filter."),
    QT_TRANSLATE_NOOP("DomainError", "This exam does not exist or you cannot see it."),
    QT_TRANSLATE_NOOP("DomainError", "This class does not exist or you cannot see it."),
    QT_TRANSLATE_NOOP("DomainError", "An exam cannot move to another class."),
    QT_TRANSLATE_NOOP("DomainError", "Students have already started this exam; its subject, item pool and CAT settings can no longer change."),
    QT_TRANSLATE_NOOP("DomainError", "This session does not exist or you cannot see it."),
    QT_TRANSLATE_NOOP("DomainError", "This session is run by the exam window: only the exam window records its answers."),
    QT_TRANSLATE_NOOP("DomainError", "This session is still running in the exam window; correct its answers after it has ended."),
    QT_TRANSLATE_NOOP("DomainError", "This session is run by the exam window: pause, resume or end it in the proctor console."),
    # accommodations (issue 19, revision 0031)
    QT_TRANSLATE_NOOP("DomainError", "Extended time must be between 1 and 3 times the time limit."),
    QT_TRANSLATE_NOOP("DomainError", "Text size must be between 100 and 300 percent."),
    QT_TRANSLATE_NOOP("DomainError", "This student does not exist or you cannot see them."),
)

# templates: {name} placeholders are filled from DomainError.params
TEMPLATES = (
    QT_TRANSLATE_NOOP("DomainError", "Organization {id} does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "An organization named '{name}' already exists."),
    QT_TRANSLATE_NOOP("DomainError", "'{name}' still has {people} people and {classes} classes. Move or remove them before deleting the organization."),
    QT_TRANSLATE_NOOP("DomainError", "The email address {email} is already used by another account."),
    QT_TRANSLATE_NOOP("DomainError", "Nobody has the email address {email}."),
    QT_TRANSLATE_NOOP("DomainError", "Student {id} does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "Person {id} does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "Teacher {id} does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "Class {id} does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "'{value}' is not a grade (use a number from {low} to {high})."),
    QT_TRANSLATE_NOOP("DomainError", "Expected text, got {type}."),
    QT_TRANSLATE_NOOP("DomainError", "'{value}' is not a valid id."),
    QT_TRANSLATE_NOOP("DomainError", "The name is too long (at most {max_len} characters)."),
    QT_TRANSLATE_NOOP("DomainError", "'{email}' is not a valid email address."),
    QT_TRANSLATE_NOOP("DomainError", "Grade must be between {low} and {high}."),
    QT_TRANSLATE_NOOP("DomainError", "Too long (at most {max_len} characters)."),
    QT_TRANSLATE_NOOP("DomainError", "Organization type must be one of: {choices}."),
    QT_TRANSLATE_NOOP("DomainError", "A class named '{name}' already exists in {year}."),
    QT_TRANSLATE_NOOP("DomainError", "'{name}' still has {count} students. Unenroll them before deleting the class."),
    QT_TRANSLATE_NOOP("DomainError", "'{name}' has exam results and cannot be deleted."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown student id(s): {ids}. Already enrolled: {enrolled}. Nothing was changed."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown student id(s): {ids}. Nothing was changed."),
    QT_TRANSLATE_NOOP("DomainError", "Student(s) {ids} belong to another organization than the class. Nothing was changed."),
    QT_TRANSLATE_NOOP("DomainError", "Student(s) {ids} are not enrolled in '{name}'. Nothing was changed."),
    QT_TRANSLATE_NOOP("DomainError", "The file is larger than {max_mb} MB. Split it into smaller files."),
    QT_TRANSLATE_NOOP("DomainError", "Column(s) missing: {missing}. Found headers: {headers}."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown roster field '{field}'. Known: {known}."),
    QT_TRANSLATE_NOOP("DomainError", "The file has no column '{header}'."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown role '{role}' (use student, teacher or admin)."),
    QT_TRANSLATE_NOOP("DomainError", "Not a CSV file: {reason}."),
    QT_TRANSLATE_NOOP("DomainError", "Broken CSV: {reason}."),
    QT_TRANSLATE_NOOP("DomainError", "The file has more than {max_rows} rows. Split it into smaller files."),
    QT_TRANSLATE_NOOP("DomainError", "This line has {cells} cells but the header has {headers}."),
    QT_TRANSLATE_NOOP("DomainError", "Duplicate email {email} (also on line {line})."),
    QT_TRANSLATE_NOOP("DomainError", "Duplicate student number {number} (also on line {line})."),
    QT_TRANSLATE_NOOP("DomainError", "{email} belongs to a person of another organization."),
    QT_TRANSLATE_NOOP("DomainError", "{email} already belongs to a {old_role_label}, not a {role_label}."),
    QT_TRANSLATE_NOOP("DomainError", "Student number {number} already belongs to {owner}."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown class {classes}. Create the class first or fix its name."),
    QT_TRANSLATE_NOOP("DomainError", "Exam type must be one of: {choices}."),
    QT_TRANSLATE_NOOP("DomainError", "Status must be one of: {choices}."),
    QT_TRANSLATE_NOOP("DomainError", "Exam {id} was not found."),
    QT_TRANSLATE_NOOP("DomainError", "Student {student_id} is not enrolled in class {class_id}."),
    QT_TRANSLATE_NOOP("DomainError", "Exam session {id} was not found."),
    QT_TRANSLATE_NOOP("DomainError", "Student {id} was not found."),
    QT_TRANSLATE_NOOP("DomainError", "Class {id} was not found."),
    QT_TRANSLATE_NOOP("DomainError", "Item {id} was not found."),
    QT_TRANSLATE_NOOP("DomainError", "Attempt {id} was not found."),
    QT_TRANSLATE_NOOP("DomainError", "{label} must be a number."),
    QT_TRANSLATE_NOOP("DomainError", "{label} must be a finite number."),
    QT_TRANSLATE_NOOP("DomainError", "{label} must be between {low} and {high}."),
    QT_TRANSLATE_NOOP("DomainError", "The selected choice must be a number from 1 to {upper}."),
    QT_TRANSLATE_NOOP("DomainError", "The period must be one of: {choices}."),
    QT_TRANSLATE_NOOP("DomainError", "An item code has at most {max_len} characters and no spaces."),
    QT_TRANSLATE_NOOP("DomainError", "The subject is too long (at most {max_len} characters)."),
    QT_TRANSLATE_NOOP("DomainError", "The strand is too long (at most {max_len} characters)."),
    QT_TRANSLATE_NOOP("DomainError", "The model must be one of: {choices}."),
    QT_TRANSLATE_NOOP("DomainError", "A {model} item has no guessing parameter: c must be 0."),
    QT_TRANSLATE_NOOP("DomainError", "An item needs {low} to {high} choices."),
    QT_TRANSLATE_NOOP("DomainError", "The answer key must be a choice number from 1 to {upper}."),
    QT_TRANSLATE_NOOP("DomainError", "'{value}' is not a grade."),
    QT_TRANSLATE_NOOP("DomainError", "The answer key '{value}' is not a choice number."),
    QT_TRANSLATE_NOOP("DomainError", "The file lacks the column(s): {columns}."),
    QT_TRANSLATE_NOOP("DomainError", "Item {code} appears twice (also on line {line})."),
    QT_TRANSLATE_NOOP("DomainError", "Item {code} is already in the bank."),
    QT_TRANSLATE_NOOP("DomainError", "Choice {number} is empty but a later choice is filled."),
    QT_TRANSLATE_NOOP("DomainError", "Unknown choice column(s) {columns}: use choice_1 to choice_{high}."),
    QT_TRANSLATE_NOOP("DomainError", "The file has both a 'choices' column and choice_N columns; "
                                     "keep only the choice_N columns."),
    QT_TRANSLATE_NOOP("DomainError", "The column(s) {columns} appear more than once."),
    QT_TRANSLATE_NOOP("DomainError", "Item {code} has a choice containing '|', which the old "
                                     "'choices' column cannot hold; use the columns choice_1 to "
                                     "choice_{high} (as the export writes them)."),
    QT_TRANSLATE_NOOP("DomainError", "The file is not valid CSV ({reason})."),
    QT_TRANSLATE_NOOP("DomainError", "Resume days must be between 0 and {max_days}."),
    QT_TRANSLATE_NOOP("DomainError", "At most {max_items} items."),
    QT_TRANSLATE_NOOP("DomainError", "Search text must be at most {max_len} characters without NUL."),
    QT_TRANSLATE_NOOP("DomainError", 'The exam\'s adaptive-test settings are invalid (unknown setting "{setting}"). Ask your teacher.'),
    QT_TRANSLATE_NOOP("DomainError", "This exam session is {status_label}; answers can no longer be recorded."),
    QT_TRANSLATE_NOOP("DomainError", "This exam session is {status_label}; it cannot be completed."),
    QT_TRANSLATE_NOOP("DomainError", "This exam session is {status_label}; it cannot be suspended."),
    QT_TRANSLATE_NOOP("DomainError", "This exam session is {status_label}; it cannot be resumed."),
    QT_TRANSLATE_NOOP("DomainError", "This exam session is {status_label}; it cannot be terminated."),
)

# local database errors that are not the network (services/core/errors.py)
LOCAL_DB_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "The database could not run this request. Nothing was saved."),
)

# dreamseed-admin's own messages raised as domain errors (cli/)
CLI_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "There is no organization named '{name}'."),
    QT_TRANSLATE_NOOP("DomainError", "--map needs FIELD=HEADER, got '{pair}'."),
    QT_TRANSLATE_NOOP("DomainError", "Cannot read {path}: {reason}."),
    QT_TRANSLATE_NOOP("DomainError", "Cannot write {path}: {reason}."),
    QT_TRANSLATE_NOOP("DomainError", "Use at least 8 characters: students can read the hash on this PC."),
)

# this PC's own database server (services/core/uow.py): never "check the network"
LOCAL_SERVER_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "The database on this PC stopped and has been started again. Try again; if you "
                                     "were saving something, check that it was saved."),
    QT_TRANSLATE_NOOP("DomainError", "The database on this PC has stopped and could not be started again. Close "
                                     "DreamSeed and start it again; if that does not help, restart the PC."),
    QT_TRANSLATE_NOOP("DomainError", "The database on this PC did not answer. Try again in a moment; if this keeps "
                                     "happening, close DreamSeed and start it again."),
)

# backups and restores (services/maintenance)
BACKUP_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "The backup could not be completed."),
    QT_TRANSLATE_NOOP("DomainError", "The file {path} is not a usable DreamSeed backup ({why_label}). Nothing was changed. "
                                     "Use another backup file."),
    QT_TRANSLATE_NOOP("DomainError", "The backup file {path} does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "The backup {path} was made by a newer DreamSeed version (backup format {format}). "
                                     "Install that version, or a newer one, and restore with it. Nothing was changed."),
    QT_TRANSLATE_NOOP("DomainError", "The database tool failed: {detail}. Nothing was changed. Check that there is free "
                                     "disk space and try again."),
    QT_TRANSLATE_NOOP("DomainError", "The backup folder {folder} cannot be created ({reason_label}). Choose another "
                                     "folder."),
    QT_TRANSLATE_NOOP("DomainError", "There is nothing to back up yet: the database has no DreamSeed data."),
    QT_TRANSLATE_NOOP("DomainError", "This database user may not read every row, so the backup would be incomplete. "
                                     "Use the backup role (BYPASSRLS) or the superuser; see docs/school-server.md."),
    QT_TRANSLATE_NOOP("DomainError", "The database could not be reached for the backup ({detail}). Nothing was written."),
    QT_TRANSLATE_NOOP("DomainError", "The backup could not be written to {folder} ({reason_label}). Free some disk "
                                     "space or choose another folder."),
    QT_TRANSLATE_NOOP("DomainError", "The backup {path} holds no DreamSeed data (no schema revision). Nothing was "
                                     "changed. Use another backup file."),
    QT_TRANSLATE_NOOP("DomainError", "The backup {path} was made by a newer DreamSeed version (schema revision "
                                     "{revision}; this program knows up to {head}). Install that version, or a newer "
                                     "one, and restore with it. Nothing was changed."),
    QT_TRANSLATE_NOOP("DomainError", "A new database for the restore could not be created ({detail}). Nothing was "
                                     "changed. Restore as the database superuser."),
    QT_TRANSLATE_NOOP("DomainError", "The restored copy does not match the backup (tables: {tables}). Nothing was "
                                     "changed. Use another backup file."),
    QT_TRANSLATE_NOOP("DomainError", "The DreamSeed database roles do not exist on this server yet. Run "
                                     "'dreamseed-admin db upgrade' on an empty database first (it creates them), "
                                     "then restore. Nothing was changed."),
    # reasons a backup file is not usable (why_label)
    QT_TRANSLATE_NOOP("DomainError", "the file is unreadable or incomplete"),
    QT_TRANSLATE_NOOP("DomainError", "it has no manifest"),
    QT_TRANSLATE_NOOP("DomainError", "it holds no database dump"),
    QT_TRANSLATE_NOOP("DomainError", "its checksum does not match: the file is damaged or incomplete"),
)

# terms passed as label / *_label params (translated before filling in)
LABELS = (
    QT_TRANSLATE_NOOP("DomainError", "Discrimination a"),
    QT_TRANSLATE_NOOP("DomainError", "Difficulty b"),
    QT_TRANSLATE_NOOP("DomainError", "Guessing c"),
    # why a file or folder could not be used (reason_label of the backup messages)
    QT_TRANSLATE_NOOP("DomainError", "permission denied"),
    QT_TRANSLATE_NOOP("DomainError", "the disk is full"),
    QT_TRANSLATE_NOOP("DomainError", "the disk is read-only"),
    QT_TRANSLATE_NOOP("DomainError", "the folder does not exist"),
    QT_TRANSLATE_NOOP("DomainError", "a part of the path is not a folder"),
    QT_TRANSLATE_NOOP("DomainError", "Theta"),
    QT_TRANSLATE_NOOP("DomainError", "Standard error"),
    QT_TRANSLATE_NOOP("DomainError", "Score"),
    QT_TRANSLATE_NOOP("DomainError", "student"),
    QT_TRANSLATE_NOOP("DomainError", "teacher"),
    QT_TRANSLATE_NOOP("DomainError", "admin"),
    QT_TRANSLATE_NOOP("DomainError", "in progress"),
    QT_TRANSLATE_NOOP("DomainError", "completed"),
    QT_TRANSLATE_NOOP("DomainError", "suspended"),
    QT_TRANSLATE_NOOP("DomainError", "terminated"),
)

# messages of the PL/pgSQL functions (migrations/sql/*.sql) and the sign-in function
SQL_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "The new password could not be processed."),
    QT_TRANSLATE_NOOP("DomainError", "The current password is wrong."),
    QT_TRANSLATE_NOOP("DomainError", "Only an administrator can reset passwords."),
    QT_TRANSLATE_NOOP("DomainError", "User not found."),
    QT_TRANSLATE_NOOP("DomainError", "Only the teacher of the class can do this."),
    QT_TRANSLATE_NOOP("DomainError", "Exam not found."),
    QT_TRANSLATE_NOOP("DomainError", "Exam session not found."),
    QT_TRANSLATE_NOOP("DomainError", "This session has already ended."),
    QT_TRANSLATE_NOOP("DomainError", "This session is not paused."),
    QT_TRANSLATE_NOOP("DomainError", "Give a reason for ending the session."),
    QT_TRANSLATE_NOOP("DomainError", "Say whether the answer is right or wrong."),
    QT_TRANSLATE_NOOP("DomainError", "Give a reason for the correction."),
    QT_TRANSLATE_NOOP("DomainError", "Answer not found."),
    QT_TRANSLATE_NOOP("DomainError", "The answer is already marked that way; nothing was changed."),
    QT_TRANSLATE_NOOP("DomainError", "Extra time must be between 1 and 600 minutes."),
    QT_TRANSLATE_NOOP("DomainError", "This student's time already runs until the exam closes. To give more time, "
                                     "move the exam's closing time first."),
    QT_TRANSLATE_NOOP("DomainError", "Only an administrator can change exposure parameters."),
    QT_TRANSLATE_NOOP("DomainError", "Only an administrator can do this."),
    QT_TRANSLATE_NOOP("DomainError", "dreamseed_client is a member of another role; remove that membership first"),
    QT_TRANSLATE_NOOP("DomainError", "a client write policy on exam_sessions or attempts remains"),
    QT_TRANSLATE_NOOP("DomainError", "Students sign in at a test station (lab PC). This PC is set up for staff, "
                                     "so it cannot sign students in."),
    QT_TRANSLATE_NOOP("DomainError", "a client role can still write exam_sessions or attempts"),
    QT_TRANSLATE_NOOP("DomainError", "Only students can take exams."),
    QT_TRANSLATE_NOOP("DomainError", "The time to resume this exam has passed. Ask your teacher."),
    QT_TRANSLATE_NOOP("DomainError", "You have already taken this exam."),
    QT_TRANSLATE_NOOP("DomainError", "This exam is not open now."),
    QT_TRANSLATE_NOOP("DomainError", "The exam server scores with EAP only; ask your teacher to choose the EAP estimator."),
    QT_TRANSLATE_NOOP("DomainError", "Your teacher has paused the exam. Please wait."),
    QT_TRANSLATE_NOOP("DomainError", "This exam is paused. Open it again from your exam list."),
    QT_TRANSLATE_NOOP("DomainError", "Exam actions commit on their own: use CALL exam.<action>(...) outside a "
                                     "transaction block."),
    QT_TRANSLATE_NOOP("DomainError", "The last answer is still being recorded. Please try again."),
    QT_TRANSLATE_NOOP("DomainError", "An answer needs its item, number and id."),
    QT_TRANSLATE_NOOP("DomainError", "This item has already been answered; the answer cannot be changed."),
    QT_TRANSLATE_NOOP("DomainError", "This is not the current item of the exam. Reload the exam."),
    QT_TRANSLATE_NOOP("DomainError", "The chosen answer does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "This answer was recorded by another request; send it again."),
    QT_TRANSLATE_NOOP("DomainError", "audit_log is append-only"),
    QT_TRANSLATE_NOOP("DomainError", "This account has been deactivated. Ask your school administrator."),
    # item content (issue 16)
    QT_TRANSLATE_NOOP("DomainError", 'A formula is not closed: every $ needs a second $ (write \\$ for a dollar sign).'),
    QT_TRANSLATE_NOOP("DomainError", 'A passage needs a text of at most 20000 characters.'),
    QT_TRANSLATE_NOOP("DomainError", 'A passage needs a title of at most 200 characters.'),
    QT_TRANSLATE_NOOP("DomainError", 'An SVG picture needs a width and height (or a viewBox).'),
    QT_TRANSLATE_NOOP("DomainError", 'An image may be at most 1 MB.'),
    QT_TRANSLATE_NOOP("DomainError", 'An image may be at most 4096 pixels wide and high.'),
    QT_TRANSLATE_NOOP("DomainError", 'An image of this item is missing; insert it again.'),
    QT_TRANSLATE_NOOP("DomainError", 'An item needs between 2 and 10 choices.'),
    QT_TRANSLATE_NOOP("DomainError", 'Every choice needs a text of at most 2000 characters.'),
    QT_TRANSLATE_NOOP("DomainError", 'Every picture needs a short description (alternative text) for students who cannot see it.'),
    QT_TRANSLATE_NOOP("DomainError", 'Images must be PNG, JPEG or SVG.'),
    QT_TRANSLATE_NOOP("DomainError", 'Only a version submitted for review can be approved or sent back.'),
    QT_TRANSLATE_NOOP("DomainError", 'Only an administrator can approve items.'),
    QT_TRANSLATE_NOOP("DomainError", 'Only teachers and administrators can write items.'),
    QT_TRANSLATE_NOOP("DomainError", 'The answer key must be one of the choices.'),
    QT_TRANSLATE_NOOP("DomainError", 'The formula ${formula}$ cannot be drawn ({problem}).'),
    QT_TRANSLATE_NOOP("DomainError", 'The image was not found.'),
    QT_TRANSLATE_NOOP("DomainError", 'The passage was not found.'),
    QT_TRANSLATE_NOOP("DomainError", 'The picture description is too long (at most {max_len} characters).'),
    QT_TRANSLATE_NOOP("DomainError", 'This SVG picture contains scripts or embedded content and was refused.'),
    QT_TRANSLATE_NOOP("DomainError", 'This SVG picture refers to outside files; embed the picture instead.'),
    QT_TRANSLATE_NOOP("DomainError", 'A picture of this question arrived damaged. Please try again.'),
    QT_TRANSLATE_NOOP("DomainError", 'An item with the code {code} already exists.'),
    QT_TRANSLATE_NOOP("DomainError", 'Only items with one choice interaction can be imported (found: {kinds}).'),
    QT_TRANSLATE_NOOP("DomainError", 'Only single-answer choice items can be imported.'),
    QT_TRANSLATE_NOOP("DomainError", 'The choice interaction is nested in other content.'),
    QT_TRANSLATE_NOOP("DomainError", 'The correct answer names no choice of the item.'),
    QT_TRANSLATE_NOOP("DomainError", 'The file is not a QTI assessmentItem.'),
    QT_TRANSLATE_NOOP("DomainError", 'The file is not a QTI package (zip).'),
    QT_TRANSLATE_NOOP("DomainError", 'The file {href} is missing from the package.'),
    QT_TRANSLATE_NOOP("DomainError", 'The formula uses MathML <{tag}>, which cannot be converted.'),
    QT_TRANSLATE_NOOP("DomainError", 'The item file is not valid XML.'),
    QT_TRANSLATE_NOOP("DomainError", 'The item has no itemBody.'),
    QT_TRANSLATE_NOOP("DomainError", 'The item has no question text.'),
    QT_TRANSLATE_NOOP("DomainError", 'The item has no single correct answer.'),
    QT_TRANSLATE_NOOP("DomainError", 'The item uses <{tag}>, which cannot be imported.'),
    QT_TRANSLATE_NOOP("DomainError", "The package does not say the item's subject; choose one for the import."),
    QT_TRANSLATE_NOOP("DomainError", 'The package has no QTI items.'),
    QT_TRANSLATE_NOOP("DomainError", 'The package has no imsmanifest.xml.'),
    QT_TRANSLATE_NOOP("DomainError", 'The package is too large to import.'),
    QT_TRANSLATE_NOOP("DomainError", "The package's imsmanifest.xml is not valid XML."),
    QT_TRANSLATE_NOOP("DomainError", 'The picture {src} is missing from the package.'),
)


# the school's subjects and strands (services.items.subjects)
SUBJECT_MESSAGES = (
    QT_TRANSLATE_NOOP("DomainError", "A code is required."),
    QT_TRANSLATE_NOOP("DomainError", "A code is at most 50 letters, digits, '_' or '-' without spaces."),
    QT_TRANSLATE_NOOP("DomainError", "The order must be a whole number from 0 to 32767."),
    QT_TRANSLATE_NOOP("DomainError", "Expected yes or no."),
    QT_TRANSLATE_NOOP("DomainError", "Subject {id} does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "Strand {id} does not exist."),
    QT_TRANSLATE_NOOP("DomainError", "The code '{value}' is already used."),
    QT_TRANSLATE_NOOP("DomainError", "The name '{value}' is already used."),
    QT_TRANSLATE_NOOP("DomainError", "No active items of this subject match these grades and strands. Choose "
                                     "other grades or strands, or ask an administrator to add items for the "
                                     "subject to the item bank."),
    QT_TRANSLATE_NOOP("DomainError", "'{subject}' is not one of the school's subjects. Choose one from the "
                                     "list; an administrator adds subjects under Subjects."),
    QT_TRANSLATE_NOOP("DomainError", "sittings of unit exams exist; revision 0029 cannot be undone"),
)

# params that carry the count of a template with plural forms (see _plural_templates)
PLURAL_PARAMS = ("count", "minutes")


def _plural_templates() -> None:  # pragma: no cover - never called: lupdate reads the calls
    """Templates with a count. ``ui.i18n.domain_message`` passes the value of the first of
    :data:`PLURAL_PARAMS` as Qt's plural number, so the catalogs' plural forms apply ("1 row
    has problems" / "2 rows have problems"); the count itself is still the ``{count}``
    placeholder. The 4-argument call makes lupdate write a plural (numerus) entry."""
    translate = QCoreApplication.translate
    translate("DomainError", "{count} row(s) have problems; nothing was changed.", None, 2)
    translate("DomainError", "Already enrolled: {count} student(s) are already in '{name}' "
                             "(ids {ids}). Nothing was changed.", None, 2)
    translate("DomainError", "Too many failed sign-ins. The account is locked for {minutes} "
                             "more minute(s).", None, 2)
    translate("DomainError", "{count} item(s) cannot be imported; nothing was imported.", None, 2)
