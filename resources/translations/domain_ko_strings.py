"""Korean for the service layer's error messages (context ``DomainError``).

Used by build_translations.py for the entries of ``dreamseed_desktop/ui/i18n_messages.py`` added
for templates, labels and the database's messages. Templates keep the English placeholders
(``{id}``, ``{name}`` ...): ``ui.i18n.domain_message`` fills them in after translating.
"""
from __future__ import annotations

DOMAIN_KO: dict[str, str] = {
    "The file is not UTF-8 or CP949 text. Save it from Excel as 'CSV UTF-8' and try again.":
        "파일이 UTF-8이나 CP949 텍스트가 아닙니다. Excel에서 'CSV UTF-8' 형식으로 저장한 뒤 다시 시도하세요.",
    "Only students have a grade, student number or class; leave them empty for teachers and admins.":
        "학년, 학번, 학급은 학생에게만 있습니다. 교사와 관리자는 비워 두세요.",
    "The page offset cannot be negative.": "페이지 시작 위치는 음수일 수 없습니다.",
    "A page must hold at least one row.": "한 페이지에는 적어도 한 행이 있어야 합니다.",
    "Session details must be a JSON object.": "응시 세부 정보는 JSON 객체여야 합니다.",
    "The end of the date range must be after its start.": "기간의 끝은 시작보다 뒤여야 합니다.",
    "This student's account is deactivated.": "이 학생의 계정은 비활성화되어 있습니다.",
    "The exam belongs to another class.": "이 시험은 다른 학급의 시험입니다.",
    "Response time must be a whole number of milliseconds.": "응답 시간은 밀리초 단위의 정수여야 합니다.",
    "Response time cannot be negative.": "응답 시간은 음수일 수 없습니다.",
    "Response time is longer than a day; check the value.": "응답 시간이 하루보다 깁니다. 값을 확인하세요.",
    "Correct must be true or false.": "정답 여부는 참 또는 거짓이어야 합니다.",
    "Correct does not match the answer key for the selected choice.":
        "입력한 정답 여부가 선택한 답의 채점 결과와 다릅니다.",
    "Say whether the answer is correct (the item has no answer key or no choice was given).":
        "답이 맞았는지 표시하세요(문항에 정답 키가 없거나 선택한 답이 없습니다).",
    "The item number (seq) must be 1 or more.": "문항 순번(seq)은 1 이상이어야 합니다.",
    "Attempt details must be a JSON object.": "응답 세부 정보는 JSON 객체여야 합니다.",
    "The answer id is not a valid UUID.": "답안 ID가 올바른 UUID가 아닙니다.",
    "The student does not match the exam session.": "학생이 응시 기록과 일치하지 않습니다.",
    "This item was already answered in this session.": "이 응시에서 이미 답한 문항입니다.",
    "This item number was already answered in this session.": "이 응시에서 이미 답한 문항 순번입니다.",
    "Nothing to change: give at least one corrected value.": "바꿀 내용이 없습니다. 고칠 값을 하나 이상 입력하세요.",
    "This answer id was already used for another item.": "이 답안 ID는 이미 다른 문항에 쓰였습니다.",
    "The limit must be 1 or more.": "개수 제한은 1 이상이어야 합니다.",
    "The minimum number of attempts must be 1 or more.": "최소 응답 수는 1 이상이어야 합니다.",
    "The answer key points past the last choice; give a new key with the new choices.":
        "정답 번호가 마지막 선택지를 넘습니다. 새 선택지에 맞는 정답을 입력하세요.",
    "The demo needs between 3 and 2000 students.": "데모 학생 수는 3명에서 2000명 사이여야 합니다.",
    "Only administrators can read the audit log.": "감사 로그는 관리자만 볼 수 있습니다.",
    "Score must be between 0 and 100.": "점수는 0에서 100 사이여야 합니다.",
    "Duration cannot be negative.": "소요 시간은 음수일 수 없습니다.",
    "The quit password needs at least 4 characters.": "종료 비밀번호는 4자 이상이어야 합니다.",
    "Please enter a title.": "제목을 입력하세요.",
    "The title is too long (200 characters at most).": "제목이 너무 깁니다 (최대 200자).",
    "Please choose a subject.": "과목을 고르세요.",
    "Unknown exam type.": "알 수 없는 시험 유형입니다.",
    "Unknown result display.": "알 수 없는 결과 표시 방식입니다.",
    "The exam must close after it opens.": "마감 시각은 시작 시각보다 뒤여야 합니다.",
    "The exam server scores with EAP; choose the EAP estimator.":
        "시험 서버는 EAP로 채점합니다. EAP 추정 방법을 고르세요.",
    "At least one item must be given.": "최소 한 문항은 출제해야 합니다.",
    "The time limit must be between 1 minute and 6 hours.": "제한 시간은 1분에서 6시간 사이여야 합니다.",
    "The SE target must be between 0.1 and 1.0.": "목표 SE는 0.1에서 1.0 사이여야 합니다.",
    "The item pool has fewer items than the maximum test length; lower the maximum or widen the filter.":
        "문항 풀의 문항 수가 최대 문항 수보다 적습니다. 최대 문항 수를 줄이거나 조건을 넓히세요.",
    "This exam does not exist or you cannot see it.": "이 시험이 없거나 볼 권한이 없습니다.",
    "This class does not exist or you cannot see it.": "이 학급이 없거나 볼 권한이 없습니다.",
    "An exam cannot move to another class.": "시험을 다른 학급으로 옮길 수 없습니다.",
    "Students have already started this exam; its subject, item pool and CAT settings can no longer change.":
        "이미 학생들이 응시를 시작했습니다. 과목, 문항 풀, 적응형 설정은 더 이상 바꿀 수 없습니다.",
    "This session does not exist or you cannot see it.": "이 응시 기록이 없거나 볼 권한이 없습니다.",
    "This session is still running in the exam window; correct its answers after it has ended.":
        "이 응시는 아직 시험 창에서 진행 중입니다. 응시가 끝난 뒤에 답안을 정정하세요.",
    "This session is run by the exam window: only the exam window records its answers.":
        "이 응시는 시험 창에서 진행됩니다. 답은 시험 창에서만 기록할 수 있습니다.",
    "This session is run by the exam window: pause, resume or end it in the proctor console.":
        "이 응시는 시험 창에서 진행됩니다. 일시 정지, 재개, 종료는 감독 화면에서 하세요.",
    "The model must be one of 1PL, 2PL, 3PL.": "모형은 다음 중 하나여야 합니다: 1PL, 2PL, 3PL.",
    "Simulate between 1 and 100000 students.": "모의 실험 학생 수는 1명에서 100000명 사이여야 합니다.",
    "Organization {id} does not exist.": "{id}번 기관을 찾을 수 없습니다.",
    "An organization named '{name}' already exists.": "'{name}' 이름의 기관이 이미 있습니다.",
    "'{name}' still has {people} people and {classes} classes. Move or remove them before deleting the organization.":
        "'{name}' 기관에 아직 사용자 {people}명과 학급 {classes}개가 있습니다. 기관을 삭제하기 전에 옮기거나 삭제하세요.",
    "The email address {email} is already used by another account.":
        "{email} 이메일 주소는 이미 다른 계정에서 사용하고 있습니다.",
    "Nobody has the email address {email}.": "{email} 이메일 주소를 쓰는 사용자가 없습니다.",
    "Student {id} does not exist.": "{id}번 학생을 찾을 수 없습니다.",
    "Person {id} does not exist.": "{id}번 사용자를 찾을 수 없습니다.",
    "Teacher {id} does not exist.": "{id}번 교사를 찾을 수 없습니다.",
    "Class {id} does not exist.": "{id}번 학급을 찾을 수 없습니다.",
    "'{value}' is not a grade (use a number from {low} to {high}).":
        "올바른 학년이 아닙니다: '{value}' ({low}부터 {high}까지의 숫자를 입력하세요).",
    "Expected text, got {type}.": "텍스트를 입력해야 하는데 {type} 값이 들어왔습니다.",
    "'{value}' is not a valid id.": "올바른 ID가 아닙니다: '{value}'",
    "The name is too long (at most {max_len} characters).": "이름이 너무 깁니다(최대 {max_len}자).",
    "'{email}' is not a valid email address.": "올바른 이메일 주소가 아닙니다: '{email}'",
    "Grade must be between {low} and {high}.": "학년은 {low}에서 {high} 사이여야 합니다.",
    "Too long (at most {max_len} characters).": "너무 깁니다(최대 {max_len}자).",
    "Organization type must be one of: {choices}.": "기관 유형은 다음 중 하나여야 합니다: {choices}.",
    "A class named '{name}' already exists in {year}.": "{year}학년도에 '{name}' 학급이 이미 있습니다.",
    "'{name}' still has {count} students. Unenroll them before deleting the class.":
        "'{name}' 학급에 아직 학생 {count}명이 있습니다. 학급을 삭제하기 전에 학생들의 등록을 해제하세요.",
    "'{name}' has exam results and cannot be deleted.": "'{name}' 학급에는 시험 결과가 있어 삭제할 수 없습니다.",
    "Unknown student id(s): {ids}. Already enrolled: {enrolled}. Nothing was changed.":
        "없는 학생 ID: {ids}. 이미 등록된 학생 ID: {enrolled}. 아무것도 변경하지 않았습니다.",
    "Unknown student id(s): {ids}. Nothing was changed.": "없는 학생 ID: {ids}. 아무것도 변경하지 않았습니다.",
    "Already enrolled: {count} student(s) are already in '{name}' (ids {ids}). Nothing was changed.":
        "이미 등록됨: 학생 {count}명이 이미 '{name}' 학급에 있습니다(ID {ids}). 아무것도 변경하지 않았습니다.",
    "Student(s) {ids} belong to another organization than the class. Nothing was changed.":
        "학생(ID {ids})이 학급과 다른 기관에 속해 있습니다. 아무것도 변경하지 않았습니다.",
    "Student(s) {ids} are not enrolled in '{name}'. Nothing was changed.":
        "학생(ID {ids})은 '{name}' 학급에 등록되어 있지 않습니다. 아무것도 변경하지 않았습니다.",
    "The file is larger than {max_mb} MB. Split it into smaller files.":
        "파일이 {max_mb}MB보다 큽니다. 더 작은 파일로 나누세요.",
    "Column(s) missing: {missing}. Found headers: {headers}.":
        "필요한 열이 없습니다: {missing}. 파일에 있는 머리글: {headers}.",
    "Unknown roster field '{field}'. Known: {known}.":
        "알 수 없는 명단 항목 '{field}'입니다. 사용할 수 있는 항목: {known}.",
    "The file has no column '{header}'.": "파일에 '{header}' 열이 없습니다.",
    "Unknown role '{role}' (use student, teacher or admin).":
        "알 수 없는 역할 '{role}'입니다. 학생, 교사, 관리자 중 하나를 입력하세요.",
    "Not a CSV file: {reason}.": "CSV 파일이 아닙니다: {reason}.",
    "Broken CSV: {reason}.": "CSV 형식이 깨졌습니다: {reason}.",
    "The file has more than {max_rows} rows. Split it into smaller files.":
        "파일의 행이 {max_rows}개를 넘습니다. 더 작은 파일로 나누세요.",
    "This line has {cells} cells but the header has {headers}.":
        "이 줄에는 칸이 {cells}개 있지만 머리글에는 {headers}개 있습니다.",
    "Duplicate email {email} (also on line {line}).": "중복된 이메일 {email} ({line}번째 줄에도 있음).",
    "Duplicate student number {number} (also on line {line}).":
        "중복된 학번 {number} ({line}번째 줄에도 있음).",
    "{email} belongs to a person of another organization.": "{email} 이메일은 다른 기관에 속한 사람이 쓰고 있습니다.",
    "{email} already belongs to a {old_role_label}, not a {role_label}.":
        "{email} 이메일은 이미 {old_role_label} 계정입니다({role_label} 계정이 아님).",
    "Student number {number} already belongs to {owner}.": "이미 {owner} 계정에 배정된 학번입니다: {number}",
    "Unknown class {classes}. Create the class first or fix its name.":
        "알 수 없는 학급: {classes}. 학급을 먼저 만들거나 이름을 고치세요.",
    "Exam type must be one of: {choices}.": "시험 유형은 다음 중 하나여야 합니다: {choices}.",
    "Status must be one of: {choices}.": "상태는 다음 중 하나여야 합니다: {choices}.",
    "Exam {id} was not found.": "{id}번 시험을 찾을 수 없습니다.",
    "Student {student_id} is not enrolled in class {class_id}.":
        "{student_id}번 학생은 {class_id}번 학급에 등록되어 있지 않습니다.",
    "Exam session {id} was not found.": "{id}번 응시 기록을 찾을 수 없습니다.",
    "Student {id} was not found.": "{id}번 학생을 찾을 수 없습니다.",
    "Class {id} was not found.": "{id}번 학급을 찾을 수 없습니다.",
    "Item {id} was not found.": "{id}번 문항을 찾을 수 없습니다.",
    "Attempt {id} was not found.": "{id}번 응답 기록을 찾을 수 없습니다.",
    "{label} must be a number.": "{label} 값은 숫자여야 합니다.",
    "{label} must be a finite number.": "{label} 값은 유한한 숫자여야 합니다.",
    "{label} must be between {low} and {high}.": "{label} 값은 {low}에서 {high} 사이여야 합니다.",
    "The selected choice must be a number from 1 to {upper}.": "선택한 답은 1부터 {upper}까지의 번호여야 합니다.",
    "The period must be one of: {choices}.": "기간 단위는 다음 중 하나여야 합니다: {choices}.",
    "An item code has at most {max_len} characters and no spaces.":
        "문항 코드는 공백 없이 최대 {max_len}자여야 합니다.",
    "The subject is too long (at most {max_len} characters).": "과목 이름이 너무 깁니다(최대 {max_len}자).",
    "The strand is too long (at most {max_len} characters).": "내용 영역 이름이 너무 깁니다(최대 {max_len}자).",
    "The model must be one of: {choices}.": "모형은 다음 중 하나여야 합니다: {choices}.",
    "A {model} item has no guessing parameter: c must be 0.":
        "{model} 문항에는 추측도 모수가 없으므로 c는 0이어야 합니다.",
    "An item needs {low} to {high} choices.": "문항에는 선택지가 {low}~{high}개 있어야 합니다.",
    "The answer key must be a choice number from 1 to {upper}.": "정답은 1부터 {upper}까지의 선택지 번호여야 합니다.",
    "'{value}' is not a grade.": "올바른 학년이 아닙니다: '{value}'",
    "The answer key '{value}' is not a choice number.": "정답이 선택지 번호가 아닙니다: '{value}'",
    "The file lacks the column(s): {columns}.": "파일에 다음 열이 없습니다: {columns}.",
    "Item {code} appears twice (also on line {line}).": "중복된 문항 코드 {code} ({line}번째 줄에도 있음).",
    "Item {code} is already in the bank.": "이미 문항 은행에 있는 문항입니다: {code}",
    "Resume days must be between 0 and {max_days}.": "이어하기 기간은 0–{max_days}일이어야 합니다.",
    "At most {max_items} items.": "최대 {max_items}문항까지 가능합니다.",
    "Search text must be at most {max_len} characters without NUL.":
        "검색어는 NUL 문자 없이 최대 {max_len}자여야 합니다.",
    "{count} row(s) have problems; nothing was changed.": "{count}개 행에 문제가 있어 아무것도 변경하지 않았습니다.",
    'The exam\'s adaptive-test settings are invalid (unknown setting "{setting}"). Ask your teacher.':
        '시험의 적응형 검사 설정이 올바르지 않습니다(알 수 없는 설정 "{setting}"). 선생님께 문의하세요.',
    "Too many failed sign-ins. The account is locked for {minutes} more minute(s).":
        "로그인에 여러 번 실패했습니다. 계정이 앞으로 {minutes}분 동안 잠겨 있습니다.",
    "This exam session is {status_label}; answers can no longer be recorded.":
        "이 응시는 {status_label} 상태라서 더 이상 답을 기록할 수 없습니다.",
    "This exam session is {status_label}; it cannot be completed.":
        "이 응시는 {status_label} 상태라서 완료할 수 없습니다.",
    "This exam session is {status_label}; it cannot be suspended.":
        "이 응시는 {status_label} 상태라서 일시 중단할 수 없습니다.",
    "This exam session is {status_label}; it cannot be resumed.":
        "이 응시는 {status_label} 상태라서 다시 시작할 수 없습니다.",
    "This exam session is {status_label}; it cannot be terminated.":
        "이 응시는 {status_label} 상태라서 종료할 수 없습니다.",
    "Discrimination a": "변별도 a",
    "Difficulty b": "난이도 b",
    "Guessing c": "추측도 c",
    "Theta": "능력 추정치(θ)",
    "Standard error": "표준오차",
    "Score": "점수",
    "student": "학생",
    "teacher": "교사",
    "admin": "관리자",
    "in progress": "진행 중",
    "completed": "완료",
    "suspended": "일시 중단",
    "terminated": "종료",
    "The new password could not be processed.": "새 비밀번호를 처리할 수 없습니다.",
    "The current password is wrong.": "현재 비밀번호가 틀렸습니다.",
    "Only an administrator can reset passwords.": "비밀번호는 관리자만 초기화할 수 있습니다.",
    "User not found.": "사용자를 찾을 수 없습니다.",
    "Only the teacher of the class can do this.": "이 학급의 담당 교사만 할 수 있습니다.",
    "Exam not found.": "시험을 찾을 수 없습니다.",
    "Exam session not found.": "응시 기록을 찾을 수 없습니다.",
    "This session has already ended.": "이미 끝난 응시입니다.",
    "This session is not paused.": "일시 정지된 응시가 아닙니다.",
    "Give a reason for ending the session.": "응시를 끝내는 이유를 입력하세요.",
    "Extra time must be between 1 and 600 minutes.": "추가 시간은 1분에서 600분 사이여야 합니다.",
    "Only an administrator can change exposure parameters.": "노출 모수는 관리자만 바꿀 수 있습니다.",
    "Only an administrator can do this.": "관리자만 할 수 있습니다.",
    "dreamseed_client is a member of another role; remove that membership first":
        "dreamseed_client 역할이 다른 역할의 구성원입니다. 먼저 그 구성원 관계를 없애세요",
    "Only students can take exams.": "학생만 시험을 볼 수 있습니다.",
    "The time to resume this exam has passed. Ask your teacher.":
        "이 시험을 이어서 볼 수 있는 기간이 지났습니다. 선생님께 문의하세요.",
    "You have already taken this exam.": "이미 이 시험을 봤습니다.",
    "This exam is not open now.": "지금은 이 시험을 볼 수 없습니다.",
    "The exam server scores with EAP only; ask your teacher to choose the EAP estimator.":
        "시험 서버는 EAP로만 채점합니다. 선생님께 EAP 추정 방법을 선택해 달라고 하세요.",
    "Your teacher has paused the exam. Please wait.": "선생님이 시험을 일시 정지했습니다. 잠시 기다려 주세요.",
    "This exam is paused. Open it again from your exam list.": "시험이 중단되었습니다. 시험 목록에서 다시 여세요.",
    "An answer needs its item, number and id.": "답안에는 문항, 순번, ID가 모두 있어야 합니다.",
    "This item has already been answered; the answer cannot be changed.":
        "이미 답한 문항입니다. 답을 바꿀 수 없습니다.",
    "This is not the current item of the exam. Reload the exam.": "지금 풀 문항이 아닙니다. 시험을 다시 여세요.",
    "The chosen answer does not exist.": "선택한 답은 없는 선택지입니다.",
    "This answer was recorded by another request; send it again.":
        "다른 요청이 이 답안을 먼저 기록했습니다. 다시 보내세요.",
    "audit_log is append-only": "감사 로그에는 기록을 추가만 할 수 있습니다",
    "This account has been deactivated. Ask your school administrator.":
        "이 계정은 비활성화되었습니다. 학교 관리자에게 문의하세요.",
}
