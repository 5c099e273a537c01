<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name />
    <message>
        <source>DomainError</source>
        <translation>DomainError</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>작업(&amp;A):</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n건</numerusform></translation>
    </message>
    <message>
        <source>The audit log viewer needs the audit log service, which is not part of this version yet.</source>
        <translation>감사 로그 보기에는 감사 로그 서비스가 필요하지만 이 버전에는 아직 포함되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Edit class</source>
        <translation>학급 편집</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>새 학급</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>학년(&amp;G)</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>학년도(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>과목(&amp;S)</translation>
    </message>
    <message>
        <source>(no teacher)</source>
        <translation>(담당 교사 없음)</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>담당 교사(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ClassesScreen</name>
    <message>
        <source>Classes</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>My classes</source>
        <translation>내 학급</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>명단(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>학급 %n개</numerusform></translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>학급 삭제</translation>
    </message>
    <message>
        <source>Delete the class “%1”?</source>
        <translation>학급 “%1”을(를) 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>관련 인원</translation>
    </message>
    <message>
        <source>From</source>
        <translation>접속 위치</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>학년도</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생 수</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>시험</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>응답 수</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모형</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>People</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>학번</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect DreamSeed Desktop</source>
        <translation>DreamSeed Desktop 연결</translation>
    </message>
    <message>
        <source>Where is the DreamSeed database? You can change this later in the settings file.</source>
        <translation>DreamSeed 데이터베이스는 어디에 있습니까? 나중에 설정 파일에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;This PC only (embedded database, works offline)</source>
        <translation>이 PC만 사용(내장 데이터베이스, 오프라인 사용 가능)(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;School server (shared PostgreSQL)</source>
        <translation>학교 서버(공유 PostgreSQL)(&amp;S)</translation>
    </message>
    <message>
        <source>School server</source>
        <translation>학교 서버</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>연결 테스트(&amp;N)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>먼저 연결을 테스트하세요.</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>문제가 발생했습니다. 자세한 내용은 로그 파일에 기록했습니다.</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>작업을 완료할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Already enrolled</source>
        <translation>이미 등록됨</translation>
    </message>
    <message>
        <source>Invalid value.</source>
        <translation>값이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reload it and make your change again.</source>
        <translation>이 항목을 연 뒤 다른 사람이 변경했습니다. 다시 불러온 뒤 변경하세요.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>이 작업을 할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>로그인이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. The account is locked for 15 minutes.</source>
        <translation>로그인에 여러 번 실패하여 계정이 15분 동안 잠겼습니다.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and try again.</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다. 네트워크를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This email address is already used by another account.</source>
        <translation>이미 다른 계정이 사용하는 이메일 주소입니다.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>올바른 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Role must be admin, teacher or student.</source>
        <translation>역할은 관리자, 교사, 학생 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>An organization with this name already exists.</source>
        <translation>같은 이름의 기관이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Unknown organization type.</source>
        <translation>알 수 없는 기관 유형입니다.</translation>
    </message>
    <message>
        <source>This student number is already used in this school.</source>
        <translation>이 학교에서 이미 사용 중인 학번입니다.</translation>
    </message>
    <message>
        <source>Grade must be between 1 and 12.</source>
        <translation>학년은 1에서 12 사이여야 합니다.</translation>
    </message>
    <message>
        <source>School year must be between 2000 and 2100.</source>
        <translation>학년도는 2000에서 2100 사이여야 합니다.</translation>
    </message>
    <message>
        <source>A class with this name already exists for this school year.</source>
        <translation>이 학년도에 같은 이름의 학급이 이미 있습니다.</translation>
    </message>
    <message>
        <source>An item with this code already exists.</source>
        <translation>같은 코드의 문항이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Discrimination a must be greater than 0 (and at most 10).</source>
        <translation>변별도 a는 0보다 크고 10 이하여야 합니다.</translation>
    </message>
    <message>
        <source>Guessing c must be at least 0 and below 1.</source>
        <translation>추측도 c는 0 이상 1 미만이어야 합니다.</translation>
    </message>
    <message>
        <source>Difficulty b must be between -10 and 10.</source>
        <translation>난이도 b는 -10에서 10 사이여야 합니다.</translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation>이미 사용 중인 값입니다.</translation>
    </message>
    <message>
        <source>This record is still in use by other records and cannot be removed.</source>
        <translation>다른 자료가 사용 중이라 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>A referenced record does not exist (it may have been removed).</source>
        <translation>참조한 자료가 없습니다(삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>Value out of the allowed range.</source>
        <translation>허용 범위를 벗어난 값입니다.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>필수 입력 항목입니다.</translation>
    </message>
    <message>
        <source>Text is too long.</source>
        <translation>글자가 너무 깁니다.</translation>
    </message>
    <message>
        <source>A value has the wrong format.</source>
        <translation>값의 형식이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The database was busy with a conflicting change. Please try again.</source>
        <translation>데이터베이스가 다른 변경을 처리 중이었습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database rejected the connection credentials.</source>
        <translation>데이터베이스가 접속 정보를 거부했습니다.</translation>
    </message>
    <message>
        <source>The database reported an error. The change was not saved.</source>
        <translation>데이터베이스 오류로 변경 내용을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>비밀번호는 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The password must have at most 128 characters.</source>
        <translation>비밀번호는 128자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The password is too easy to guess. Do not use your email address or a common password.</source>
        <translation>비밀번호가 너무 쉽습니다. 이메일 주소나 흔한 비밀번호는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The password must not start or end with spaces.</source>
        <translation>비밀번호는 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>이메일 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>A choice is empty.</source>
        <translation>빈 보기가 있습니다.</translation>
    </message>
    <message>
        <source>A grade is required.</source>
        <translation>학년을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>A student number must be at most 30 characters without spaces.</source>
        <translation>학번은 공백 없이 30자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>A subject is required.</source>
        <translation>과목을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>An email address is required.</source>
        <translation>이메일 주소를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>An item code is required.</source>
        <translation>문항 코드를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Choices must be a list of texts.</source>
        <translation>보기는 글 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Choose an organization first.</source>
        <translation>먼저 기관을 선택하세요.</translation>
    </message>
    <message>
        <source>Encoding must be auto, utf-8 or cp949.</source>
        <translation>인코딩은 auto, utf-8, cp949 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>Only students have a grade and a student number.</source>
        <translation>학년과 학번은 학생에게만 있습니다.</translation>
    </message>
    <message>
        <source>Only teachers have a subject.</source>
        <translation>과목은 교사에게만 있습니다.</translation>
    </message>
    <message>
        <source>The answer key is required.</source>
        <translation>정답을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The email address is missing.</source>
        <translation>이메일 주소가 없습니다.</translation>
    </message>
    <message>
        <source>The file has no item rows.</source>
        <translation>파일에 문항 행이 없습니다.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor CP949 text.</source>
        <translation>파일이 UTF-8 또는 CP949 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>The grade is missing.</source>
        <translation>학년이 없습니다.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>이름이 없습니다.</translation>
    </message>
    <message>
        <source>The question text (stem) is required.</source>
        <translation>문제 본문을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation>이 행의 칸 수가 머리글보다 많습니다.</translation>
    </message>
    <message>
        <source>The teacher belongs to another organization.</source>
        <translation>이 교사는 다른 기관 소속입니다.</translation>
    </message>
    <message>
        <source>The text contains a NUL character.</source>
        <translation>텍스트에 NUL 문자가 있습니다.</translation>
    </message>
    <message>
        <source>You can only manage your own organization.</source>
        <translation>자신의 기관만 관리할 수 있습니다.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>자신의 계정은 비활성화할 수 없습니다.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 or CP949 text. Save it from Excel as 'CSV UTF-8' and try again.</source>
        <translation>파일이 UTF-8이나 CP949 텍스트가 아닙니다. Excel에서 'CSV UTF-8' 형식으로 저장한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Only students have a grade, student number or class; leave them empty for teachers and admins.</source>
        <translation>학년, 학번, 학급은 학생에게만 있습니다. 교사와 관리자는 비워 두세요.</translation>
    </message>
    <message>
        <source>The page offset cannot be negative.</source>
        <translation>페이지 시작 위치는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A page must hold at least one row.</source>
        <translation>한 페이지에는 적어도 한 행이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Session details must be a JSON object.</source>
        <translation>응시 세부 정보는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The end of the date range must be after its start.</source>
        <translation>기간의 끝은 시작보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>This student's account is deactivated.</source>
        <translation>이 학생의 계정은 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <source>The exam belongs to another class.</source>
        <translation>이 시험은 다른 학급의 시험입니다.</translation>
    </message>
    <message>
        <source>Response time must be a whole number of milliseconds.</source>
        <translation>응답 시간은 밀리초 단위의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Response time cannot be negative.</source>
        <translation>응답 시간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Response time is longer than a day; check the value.</source>
        <translation>응답 시간이 하루보다 깁니다. 값을 확인하세요.</translation>
    </message>
    <message>
        <source>Correct must be true or false.</source>
        <translation>정답 여부는 참 또는 거짓이어야 합니다.</translation>
    </message>
    <message>
        <source>Correct does not match the answer key for the selected choice.</source>
        <translation>입력한 정답 여부가 선택한 답의 채점 결과와 다릅니다.</translation>
    </message>
    <message>
        <source>Say whether the answer is correct (the item has no answer key or no choice was given).</source>
        <translation>답이 맞았는지 표시하세요(문항에 정답 키가 없거나 선택한 답이 없습니다).</translation>
    </message>
    <message>
        <source>The item number (seq) must be 1 or more.</source>
        <translation>문항 순번(seq)은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Attempt details must be a JSON object.</source>
        <translation>응답 세부 정보는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The answer id is not a valid UUID.</source>
        <translation>답안 ID가 올바른 UUID가 아닙니다.</translation>
    </message>
    <message>
        <source>The student does not match the exam session.</source>
        <translation>학생이 응시 기록과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>This item was already answered in this session.</source>
        <translation>이 응시에서 이미 답한 문항입니다.</translation>
    </message>
    <message>
        <source>This item number was already answered in this session.</source>
        <translation>이 응시에서 이미 답한 문항 순번입니다.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one corrected value.</source>
        <translation>바꿀 내용이 없습니다. 고칠 값을 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>This answer id was already used for another item.</source>
        <translation>이 답안 ID는 이미 다른 문항에 쓰였습니다.</translation>
    </message>
    <message>
        <source>The limit must be 1 or more.</source>
        <translation>개수 제한은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The minimum number of attempts must be 1 or more.</source>
        <translation>최소 응답 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The answer key points past the last choice; give a new key with the new choices.</source>
        <translation>정답 번호가 마지막 선택지를 넘습니다. 새 선택지에 맞는 정답을 입력하세요.</translation>
    </message>
    <message>
        <source>The demo needs between 3 and 2000 students.</source>
        <translation>데모 학생 수는 3명에서 2000명 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Only administrators can read the audit log.</source>
        <translation>감사 로그는 관리자만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Score must be between 0 and 100.</source>
        <translation>점수는 0에서 100 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Duration cannot be negative.</source>
        <translation>소요 시간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The quit password needs at least 4 characters.</source>
        <translation>종료 비밀번호는 4자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation>제목을 입력하세요.</translation>
    </message>
    <message>
        <source>The title is too long (200 characters at most).</source>
        <translation>제목이 너무 깁니다 (최대 200자).</translation>
    </message>
    <message>
        <source>Please choose a subject.</source>
        <translation>과목을 고르세요.</translation>
    </message>
    <message>
        <source>Unknown exam type.</source>
        <translation>알 수 없는 시험 유형입니다.</translation>
    </message>
    <message>
        <source>Unknown result display.</source>
        <translation>알 수 없는 결과 표시 방식입니다.</translation>
    </message>
    <message>
        <source>The exam must close after it opens.</source>
        <translation>마감 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The exam server scores with EAP; choose the EAP estimator.</source>
        <translation>시험 서버는 EAP로 채점합니다. EAP 추정 방법을 고르세요.</translation>
    </message>
    <message>
        <source>At least one item must be given.</source>
        <translation>최소 한 문항은 출제해야 합니다.</translation>
    </message>
    <message>
        <source>The time limit must be between 1 minute and 6 hours.</source>
        <translation>제한 시간은 1분에서 6시간 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The SE target must be between 0.1 and 1.0.</source>
        <translation>목표 SE는 0.1에서 1.0 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The item pool has fewer items than the maximum test length; lower the maximum or widen the filter.</source>
        <translation>문항 풀의 문항 수가 최대 문항 수보다 적습니다. 최대 문항 수를 줄이거나 조건을 넓히세요.</translation>
    </message>
    <message>
        <source>This exam does not exist or you cannot see it.</source>
        <translation>이 시험이 없거나 볼 권한이 없습니다.</translation>
    </message>
    <message>
        <source>This class does not exist or you cannot see it.</source>
        <translation>이 학급이 없거나 볼 권한이 없습니다.</translation>
    </message>
    <message>
        <source>An exam cannot move to another class.</source>
        <translation>시험을 다른 학급으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Students have already started this exam; its subject, item pool and CAT settings can no longer change.</source>
        <translation>이미 학생들이 응시를 시작했습니다. 과목, 문항 풀, 적응형 설정은 더 이상 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>This session does not exist or you cannot see it.</source>
        <translation>이 응시 기록이 없거나 볼 권한이 없습니다.</translation>
    </message>
    <message>
        <source>This session is run by the exam window: only the exam window records its answers.</source>
        <translation>이 응시는 시험 창에서 진행됩니다. 답은 시험 창에서만 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>This session is still running in the exam window; correct its answers after it has ended.</source>
        <translation>이 응시는 아직 시험 창에서 진행 중입니다. 응시가 끝난 뒤에 답안을 정정하세요.</translation>
    </message>
    <message>
        <source>This session is run by the exam window: pause, resume or end it in the proctor console.</source>
        <translation>이 응시는 시험 창에서 진행됩니다. 일시 정지, 재개, 종료는 감독 화면에서 하세요.</translation>
    </message>
    <message>
        <source>The model must be one of 1PL, 2PL, 3PL.</source>
        <translation>모형은 다음 중 하나여야 합니다: 1PL, 2PL, 3PL.</translation>
    </message>
    <message>
        <source>Simulate between 1 and 100000 students.</source>
        <translation>모의 실험 학생 수는 1명에서 100000명 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Organization {id} does not exist.</source>
        <translation>{id}번 기관을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>An organization named '{name}' already exists.</source>
        <translation>'{name}' 이름의 기관이 이미 있습니다.</translation>
    </message>
    <message>
        <source>'{name}' still has {people} people and {classes} classes. Move or remove them before deleting the organization.</source>
        <translation>'{name}' 기관에 아직 사용자 {people}명과 학급 {classes}개가 있습니다. 기관을 삭제하기 전에 옮기거나 삭제하세요.</translation>
    </message>
    <message>
        <source>The email address {email} is already used by another account.</source>
        <translation>{email} 이메일 주소는 이미 다른 계정에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Nobody has the email address {email}.</source>
        <translation>{email} 이메일 주소를 쓰는 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>Student {id} does not exist.</source>
        <translation>{id}번 학생을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Person {id} does not exist.</source>
        <translation>{id}번 사용자를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Teacher {id} does not exist.</source>
        <translation>{id}번 교사를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Class {id} does not exist.</source>
        <translation>{id}번 학급을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>'{value}' is not a grade (use a number from {low} to {high}).</source>
        <translation>올바른 학년이 아닙니다: '{value}' ({low}부터 {high}까지의 숫자를 입력하세요).</translation>
    </message>
    <message>
        <source>Expected text, got {type}.</source>
        <translation>텍스트를 입력해야 하는데 {type} 값이 들어왔습니다.</translation>
    </message>
    <message>
        <source>'{value}' is not a valid id.</source>
        <translation>올바른 ID가 아닙니다: '{value}'</translation>
    </message>
    <message>
        <source>The name is too long (at most {max_len} characters).</source>
        <translation>이름이 너무 깁니다(최대 {max_len}자).</translation>
    </message>
    <message>
        <source>'{email}' is not a valid email address.</source>
        <translation>올바른 이메일 주소가 아닙니다: '{email}'</translation>
    </message>
    <message>
        <source>Grade must be between {low} and {high}.</source>
        <translation>학년은 {low}에서 {high} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Too long (at most {max_len} characters).</source>
        <translation>너무 깁니다(최대 {max_len}자).</translation>
    </message>
    <message>
        <source>Organization type must be one of: {choices}.</source>
        <translation>기관 유형은 다음 중 하나여야 합니다: {choices}.</translation>
    </message>
    <message>
        <source>A class named '{name}' already exists in {year}.</source>
        <translation>{year}학년도에 '{name}' 학급이 이미 있습니다.</translation>
    </message>
    <message>
        <source>'{name}' still has {count} students. Unenroll them before deleting the class.</source>
        <translation>'{name}' 학급에 아직 학생 {count}명이 있습니다. 학급을 삭제하기 전에 학생들의 등록을 해제하세요.</translation>
    </message>
    <message>
        <source>'{name}' has exam results and cannot be deleted.</source>
        <translation>'{name}' 학급에는 시험 결과가 있어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown student id(s): {ids}. Already enrolled: {enrolled}. Nothing was changed.</source>
        <translation>없는 학생 ID: {ids}. 이미 등록된 학생 ID: {enrolled}. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Unknown student id(s): {ids}. Nothing was changed.</source>
        <translation>없는 학생 ID: {ids}. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Already enrolled: {count} student(s) are already in '{name}' (ids {ids}). Nothing was changed.</source>
        <translation>이미 등록됨: 학생 {count}명이 이미 '{name}' 학급에 있습니다(ID {ids}). 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Student(s) {ids} belong to another organization than the class. Nothing was changed.</source>
        <translation>학생(ID {ids})이 학급과 다른 기관에 속해 있습니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Student(s) {ids} are not enrolled in '{name}'. Nothing was changed.</source>
        <translation>학생(ID {ids})은 '{name}' 학급에 등록되어 있지 않습니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The file is larger than {max_mb} MB. Split it into smaller files.</source>
        <translation>파일이 {max_mb}MB보다 큽니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <source>Column(s) missing: {missing}. Found headers: {headers}.</source>
        <translation>필요한 열이 없습니다: {missing}. 파일에 있는 머리글: {headers}.</translation>
    </message>
    <message>
        <source>Unknown roster field '{field}'. Known: {known}.</source>
        <translation>알 수 없는 명단 항목 '{field}'입니다. 사용할 수 있는 항목: {known}.</translation>
    </message>
    <message>
        <source>The file has no column '{header}'.</source>
        <translation>파일에 '{header}' 열이 없습니다.</translation>
    </message>
    <message>
        <source>Unknown role '{role}' (use student, teacher or admin).</source>
        <translation>알 수 없는 역할 '{role}'입니다. 학생, 교사, 관리자 중 하나를 입력하세요.</translation>
    </message>
    <message>
        <source>Not a CSV file: {reason}.</source>
        <translation>CSV 파일이 아닙니다: {reason}.</translation>
    </message>
    <message>
        <source>Broken CSV: {reason}.</source>
        <translation>CSV 형식이 깨졌습니다: {reason}.</translation>
    </message>
    <message>
        <source>The file has more than {max_rows} rows. Split it into smaller files.</source>
        <translation>파일의 행이 {max_rows}개를 넘습니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <source>This line has {cells} cells but the header has {headers}.</source>
        <translation>이 줄에는 칸이 {cells}개 있지만 머리글에는 {headers}개 있습니다.</translation>
    </message>
    <message>
        <source>Duplicate email {email} (also on line {line}).</source>
        <translation>중복된 이메일 {email} ({line}번째 줄에도 있음).</translation>
    </message>
    <message>
        <source>Duplicate student number {number} (also on line {line}).</source>
        <translation>중복된 학번 {number} ({line}번째 줄에도 있음).</translation>
    </message>
    <message>
        <source>{email} belongs to a person of another organization.</source>
        <translation>{email} 이메일은 다른 기관에 속한 사람이 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>{email} already belongs to a {old_role_label}, not a {role_label}.</source>
        <translation>{email} 이메일은 이미 {old_role_label} 계정입니다({role_label} 계정이 아님).</translation>
    </message>
    <message>
        <source>Student number {number} already belongs to {owner}.</source>
        <translation>이미 {owner} 계정에 배정된 학번입니다: {number}</translation>
    </message>
    <message>
        <source>Unknown class {classes}. Create the class first or fix its name.</source>
        <translation>알 수 없는 학급: {classes}. 학급을 먼저 만들거나 이름을 고치세요.</translation>
    </message>
    <message>
        <source>Exam type must be one of: {choices}.</source>
        <translation>시험 유형은 다음 중 하나여야 합니다: {choices}.</translation>
    </message>
    <message>
        <source>Status must be one of: {choices}.</source>
        <translation>상태는 다음 중 하나여야 합니다: {choices}.</translation>
    </message>
    <message>
        <source>Exam {id} was not found.</source>
        <translation>{id}번 시험을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Student {student_id} is not enrolled in class {class_id}.</source>
        <translation>{student_id}번 학생은 {class_id}번 학급에 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Exam session {id} was not found.</source>
        <translation>{id}번 응시 기록을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Student {id} was not found.</source>
        <translation>{id}번 학생을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Class {id} was not found.</source>
        <translation>{id}번 학급을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Item {id} was not found.</source>
        <translation>{id}번 문항을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Attempt {id} was not found.</source>
        <translation>{id}번 응답 기록을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} 값은 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{label} must be a finite number.</source>
        <translation>{label} 값은 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} 값은 {low}에서 {high} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The selected choice must be a number from 1 to {upper}.</source>
        <translation>선택한 답은 1부터 {upper}까지의 번호여야 합니다.</translation>
    </message>
    <message>
        <source>The period must be one of: {choices}.</source>
        <translation>기간 단위는 다음 중 하나여야 합니다: {choices}.</translation>
    </message>
    <message>
        <source>An item code has at most {max_len} characters and no spaces.</source>
        <translation>문항 코드는 공백 없이 최대 {max_len}자여야 합니다.</translation>
    </message>
    <message>
        <source>The subject is too long (at most {max_len} characters).</source>
        <translation>과목 이름이 너무 깁니다(최대 {max_len}자).</translation>
    </message>
    <message>
        <source>The strand is too long (at most {max_len} characters).</source>
        <translation>내용 영역 이름이 너무 깁니다(최대 {max_len}자).</translation>
    </message>
    <message>
        <source>The model must be one of: {choices}.</source>
        <translation>모형은 다음 중 하나여야 합니다: {choices}.</translation>
    </message>
    <message>
        <source>A {model} item has no guessing parameter: c must be 0.</source>
        <translation>{model} 문항에는 추측도 모수가 없으므로 c는 0이어야 합니다.</translation>
    </message>
    <message>
        <source>An item needs {low} to {high} choices.</source>
        <translation>문항에는 선택지가 {low}~{high}개 있어야 합니다.</translation>
    </message>
    <message>
        <source>The answer key must be a choice number from 1 to {upper}.</source>
        <translation>정답은 1부터 {upper}까지의 선택지 번호여야 합니다.</translation>
    </message>
    <message>
        <source>'{value}' is not a grade.</source>
        <translation>올바른 학년이 아닙니다: '{value}'</translation>
    </message>
    <message>
        <source>The answer key '{value}' is not a choice number.</source>
        <translation>정답이 선택지 번호가 아닙니다: '{value}'</translation>
    </message>
    <message>
        <source>The file lacks the column(s): {columns}.</source>
        <translation>파일에 다음 열이 없습니다: {columns}.</translation>
    </message>
    <message>
        <source>Item {code} appears twice (also on line {line}).</source>
        <translation>중복된 문항 코드 {code} ({line}번째 줄에도 있음).</translation>
    </message>
    <message>
        <source>Item {code} is already in the bank.</source>
        <translation>이미 문항 은행에 있는 문항입니다: {code}</translation>
    </message>
    <message>
        <source>Resume days must be between 0 and {max_days}.</source>
        <translation>이어하기 기간은 0–{max_days}일이어야 합니다.</translation>
    </message>
    <message>
        <source>At most {max_items} items.</source>
        <translation>최대 {max_items}문항까지 가능합니다.</translation>
    </message>
    <message>
        <source>Search text must be at most {max_len} characters without NUL.</source>
        <translation>검색어는 NUL 문자 없이 최대 {max_len}자여야 합니다.</translation>
    </message>
    <message>
        <source>{count} row(s) have problems; nothing was changed.</source>
        <translation>{count}개 행에 문제가 있어 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The exam's adaptive-test settings are invalid (unknown setting "{setting}"). Ask your teacher.</source>
        <translation>시험의 적응형 검사 설정이 올바르지 않습니다(알 수 없는 설정 "{setting}"). 선생님께 문의하세요.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. The account is locked for {minutes} more minute(s).</source>
        <translation>로그인에 여러 번 실패했습니다. 계정이 앞으로 {minutes}분 동안 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>This exam session is {status_label}; answers can no longer be recorded.</source>
        <translation>이 응시는 {status_label} 상태라서 더 이상 답을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>This exam session is {status_label}; it cannot be completed.</source>
        <translation>이 응시는 {status_label} 상태라서 완료할 수 없습니다.</translation>
    </message>
    <message>
        <source>This exam session is {status_label}; it cannot be suspended.</source>
        <translation>이 응시는 {status_label} 상태라서 일시 중단할 수 없습니다.</translation>
    </message>
    <message>
        <source>This exam session is {status_label}; it cannot be resumed.</source>
        <translation>이 응시는 {status_label} 상태라서 다시 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>This exam session is {status_label}; it cannot be terminated.</source>
        <translation>이 응시는 {status_label} 상태라서 종료할 수 없습니다.</translation>
    </message>
    <message>
        <source>Discrimination a</source>
        <translation>변별도 a</translation>
    </message>
    <message>
        <source>Difficulty b</source>
        <translation>난이도 b</translation>
    </message>
    <message>
        <source>Guessing c</source>
        <translation>추측도 c</translation>
    </message>
    <message>
        <source>Theta</source>
        <translation>능력 추정치(θ)</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>표준오차</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>일시 중단</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>The new password could not be processed.</source>
        <translation>새 비밀번호를 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>현재 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Only an administrator can reset passwords.</source>
        <translation>비밀번호는 관리자만 초기화할 수 있습니다.</translation>
    </message>
    <message>
        <source>User not found.</source>
        <translation>사용자를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Only the teacher of the class can do this.</source>
        <translation>이 학급의 담당 교사만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Exam not found.</source>
        <translation>시험을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Exam session not found.</source>
        <translation>응시 기록을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>이미 끝난 응시입니다.</translation>
    </message>
    <message>
        <source>This session is not paused.</source>
        <translation>일시 정지된 응시가 아닙니다.</translation>
    </message>
    <message>
        <source>Give a reason for ending the session.</source>
        <translation>응시를 끝내는 이유를 입력하세요.</translation>
    </message>
    <message>
        <source>Extra time must be between 1 and 600 minutes.</source>
        <translation>추가 시간은 1분에서 600분 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Only an administrator can change exposure parameters.</source>
        <translation>노출 모수는 관리자만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>dreamseed_client is a member of another role; remove that membership first</source>
        <translation>dreamseed_client 역할이 다른 역할의 구성원입니다. 먼저 그 구성원 관계를 없애세요</translation>
    </message>
    <message>
        <source>Only students can take exams.</source>
        <translation>학생만 시험을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The time to resume this exam has passed. Ask your teacher.</source>
        <translation>이 시험을 이어서 볼 수 있는 기간이 지났습니다. 선생님께 문의하세요.</translation>
    </message>
    <message>
        <source>You have already taken this exam.</source>
        <translation>이미 이 시험을 봤습니다.</translation>
    </message>
    <message>
        <source>This exam is not open now.</source>
        <translation>지금은 이 시험을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>The exam server scores with EAP only; ask your teacher to choose the EAP estimator.</source>
        <translation>시험 서버는 EAP로만 채점합니다. 선생님께 EAP 추정 방법을 선택해 달라고 하세요.</translation>
    </message>
    <message>
        <source>Your teacher has paused the exam. Please wait.</source>
        <translation>선생님이 시험을 일시 정지했습니다. 잠시 기다려 주세요.</translation>
    </message>
    <message>
        <source>This exam is paused. Open it again from your exam list.</source>
        <translation>시험이 중단되었습니다. 시험 목록에서 다시 여세요.</translation>
    </message>
    <message>
        <source>An answer needs its item, number and id.</source>
        <translation>답안에는 문항, 순번, ID가 모두 있어야 합니다.</translation>
    </message>
    <message>
        <source>This item has already been answered; the answer cannot be changed.</source>
        <translation>이미 답한 문항입니다. 답을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>This is not the current item of the exam. Reload the exam.</source>
        <translation>지금 풀 문항이 아닙니다. 시험을 다시 여세요.</translation>
    </message>
    <message>
        <source>The chosen answer does not exist.</source>
        <translation>선택한 답은 없는 선택지입니다.</translation>
    </message>
    <message>
        <source>This answer was recorded by another request; send it again.</source>
        <translation>다른 요청이 이 답안을 먼저 기록했습니다. 다시 보내세요.</translation>
    </message>
    <message>
        <source>audit_log is append-only</source>
        <translation>감사 로그에는 기록을 추가만 할 수 있습니다</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask your school administrator.</source>
        <translation>이 계정은 비활성화되었습니다. 학교 관리자에게 문의하세요.</translation>
    </message>
</context>
<context>
    <name>EnrollmentScreen</name>
    <message>
        <source>Enrollment</source>
        <translation>수강 등록</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>학급(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Filter by name or number</source>
        <translation>이름 또는 학번으로 거르기</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>전체 학년</translation>
    </message>
    <message>
        <source>In this class</source>
        <translation>이 학급의 학생</translation>
    </message>
    <message>
        <source>Search name, number or email</source>
        <translation>이름, 학번 또는 이메일 검색</translation>
    </message>
    <message>
        <source>Available students</source>
        <translation>등록 가능한 학생</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>◀  &amp;Enroll</source>
        <translation>◀  등록(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Unenroll  ▶</source>
        <translation>등록 해제(&amp;U)  ▶</translation>
    </message>
    <message>
        <source>Enroll selected students</source>
        <translation>선택한 학생 등록</translation>
    </message>
    <message>
        <source>Unenroll selected students</source>
        <translation>선택한 학생 등록 해제</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>필터(&amp;F):</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>학년:</translation>
    </message>
    <message>
        <source>In this class (%1)</source>
        <translation>이 학급의 학생 (%1)</translation>
    </message>
    <message>
        <source>Available students (%1)</source>
        <translation>등록 가능한 학생 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>학생 %n명을 등록했습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Already enrolled: %n student(s).</source>
        <translation>
            <numerusform>이미 등록됨: 학생 %n명.</numerusform></translation>
    </message>
    <message>
        <source>Already enrolled</source>
        <translation>이미 등록됨</translation>
    </message>
    <message>
        <source>%1 of the selected students are already in this class. Enroll the other %2?</source>
        <translation>선택한 학생 중 %1명은 이미 이 학급에 있습니다. 나머지 %2명을 등록할까요?</translation>
    </message>
    <message>
        <source>Unenroll</source>
        <translation>등록 해제</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n student(s) from this class? Their results are kept.</source>
        <translation>
            <numerusform>학생 %n명을 이 학급에서 제외할까요? 성적은 유지됩니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) removed.</source>
        <translation>
            <numerusform>학생 %n명을 제외했습니다.</numerusform></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>명단 내보내기</translation>
    </message>
    <message>
        <source>Exporting roster</source>
        <translation>명단 내보내기</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>명단 파일 선택</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel (UTF-8 or CP949) with a header row: name, email, role, student number, grade, class, subject.</source>
        <translation>엑셀에서 저장한 CSV 파일(UTF-8 또는 CP949)로, 첫 행에 이름, 이메일, 역할, 학번, 학년, 반, 과목 머리글이 있어야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>명단 파일</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 파일 (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>자료를 읽는 중…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>파일을 쓰는 중…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>This field is required.</source>
        <translation>필수 입력 항목입니다.</translation>
    </message>
    <message>
        <source>Close this dialog and open it again.</source>
        <translation>이 창을 닫고 다시 여세요.</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Parameters:</source>
        <translation>모수:</translation>
    </message>
    <message>
        <source>Answer key:</source>
        <translation>정답:</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>선택한 문항 없음</translation>
    </message>
    <message>
        <source>bank version %1</source>
        <translation>문항 은행 버전 %1</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Item bank</source>
        <translation>문항 은행</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>전체 과목</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>전체 학년</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>과목(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>학년(&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>폐기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>활성화(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 내보내기(&amp;X)…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>문항 %n개</numerusform></translation>
    </message>
    <message>
        <source>Retire items</source>
        <translation>문항 폐기</translation>
    </message>
    <message numerus="yes">
        <source>Retire %n item(s)? Retired items are no longer given in new exams.</source>
        <translation>
            <numerusform>문항 %n개를 폐기할까요? 폐기된 문항은 새 시험에 출제되지 않습니다.</numerusform></translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>문항 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Importing items…</source>
        <translation>문항을 가져오는 중…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>가져옴: 신규 %1, 수정 %2, 변경 없음 %3.</translation>
    </message>
    <message>
        <source>Importing items</source>
        <translation>문항 가져오기</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>문항 내보내기</translation>
    </message>
    <message>
        <source>Exporting items</source>
        <translation>문항 내보내기</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>학원</translation>
    </message>
    <message>
        <source>District</source>
        <translation>교육청</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>연구소</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>응시 전</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>수학</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국어</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>과학</translation>
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message>
        <source>My exams</source>
        <translation>내 시험</translation>
    </message>
    <message>
        <source>&amp;Start or resume</source>
        <translation>응시 시작/이어서(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s) ready to take</source>
        <translation>
            <numerusform>응시 가능한 시험 %n개</numerusform></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>이어서 응시(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>응시 시작(&amp;S)</translation>
    </message>
    <message>
        <source>The test window is not installed.</source>
        <translation>시험 창이 설치되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Search…</source>
        <translation>검색…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — DreamSeed Desktop</source>
        <translation>로그인 — DreamSeed Desktop</translation>
    </message>
    <message>
        <source>DreamSeed Desktop</source>
        <translation>DreamSeed Desktop</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>이메일과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. This account is locked for 15 minutes; ask your administrator if you need it sooner.</source>
        <translation>로그인에 여러 번 실패하여 이 계정이 15분 동안 잠겼습니다. 급하면 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>이메일 또는 비밀번호가 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DreamSeed Desktop</source>
        <translation>DreamSeed Desktop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>로그인: %1 (%2)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>작업 중…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Focus &amp;navigation</source>
        <translation>메뉴 목록으로 이동(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DreamSeed Desktop</source>
        <translation>DreamSeed Desktop 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language is used after DreamSeed Desktop restarts. Restart now?</source>
        <translation>새 언어는 DreamSeed Desktop을 다시 시작한 뒤 적용됩니다. 지금 다시 시작할까요?</translation>
    </message>
    <message>
        <source>About DreamSeed Desktop</source>
        <translation>DreamSeed Desktop 정보</translation>
    </message>
    <message>
        <source>DreamSeed Desktop — computerized adaptive testing for schools.
Korean font: NanumGothic (SIL Open Font License 1.1).</source>
        <translation>DreamSeed Desktop — 학교를 위한 컴퓨터 적응형 검사.
한글 글꼴: 나눔고딕 (SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Encoding and columns</source>
        <translation>인코딩과 열</translation>
    </message>
    <message>
        <source>Check the detected encoding and which column holds which field.</source>
        <translation>감지된 인코딩과 각 항목이 들어 있는 열을 확인하세요.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Detected encoding:</source>
        <translation>감지된 인코딩:</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>읽을 인코딩(&amp;R):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>학번</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(파일에 없음)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사람이 변경함</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>완료하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>My exams</source>
        <translation>내 시험</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>People</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>My classes</source>
        <translation>내 학급</translation>
    </message>
    <message>
        <source>Roster and enrollment</source>
        <translation>명단과 수강 등록</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>시험</translation>
    </message>
    <message>
        <source>Item bank</source>
        <translation>문항 은행</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Psychometrics</source>
        <translation>심리측정</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>“%1” is not available in this version.</source>
        <translation>“%1” 기능은 이 버전에서 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>This screen could not be opened. The details were written to the log file.</source>
        <translation>이 화면을 열 수 없습니다. 자세한 내용은 로그 파일에 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit organization</source>
        <translation>기관 편집</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>새 기관</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>유형(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>기관 %n개</numerusform></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>기관 삭제</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>“%1”을(를) 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>전체 학년</translation>
    </message>
    <message>
        <source>Show &amp;deactivated</source>
        <translation>비활성 사용자 표시(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>학년(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>비활성화(&amp;A)</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>다시 활성화(&amp;C)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>비밀번호 재설정(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport school roster…</source>
        <translation>학교 명단 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색하는 중…</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%2명 중 %1명 표시</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n person(s)? They can no longer sign in; their classes and results are kept.</source>
        <translation>
            <numerusform>%n명을 비활성화할까요? 로그인할 수 없게 되며, 학급과 성적은 그대로 유지됩니다.</numerusform></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>%1의 새 비밀번호 (8자 이상):</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>비밀번호를 변경했습니다.</translation>
    </message>
    <message>
        <source>Export school roster</source>
        <translation>학교 명단 내보내기</translation>
    </message>
    <message>
        <source>Exporting school roster</source>
        <translation>학교 명단 내보내기</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>사용자 편집</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>새 사용자</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>이메일(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>학년(&amp;G)</translation>
    </message>
    <message>
        <source>Student n&amp;umber</source>
        <translation>학번(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>과목(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Rows with problems are highlighted. Nothing is imported until every row is correct.</source>
        <translation>문제가 있는 행은 강조 표시됩니다. 모든 행이 올바를 때까지 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>파일을 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n개 행 읽음</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>신규 %n명</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>수정 %n명</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>변경 없음 %n명</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>수강 등록 %n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; fix the file and try again.</source>
        <translation>
            <numerusform>%n개 행에 문제가 있습니다. 파일을 고친 뒤 다시 시도하세요.</numerusform></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Importing roster</source>
        <translation>명단 가져오기</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>Import roster CSV</source>
        <translation>명단 CSV 가져오기</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo school: every demo account has the password %1. Try a teacher (%2) or a student (%3) too.</source>
        <translation>데모 학교: 모든 데모 계정의 비밀번호는 %1입니다. 교사(%2)나 학생(%3)으로도 로그인해 보세요.</translation>
    </message>
    <message>
        <source>Starting the database on this PC…</source>
        <translation>이 PC의 데이터베이스를 시작하는 중…</translation>
    </message>
    <message>
        <source>Preparing the demo school…</source>
        <translation>데모 학교를 준비하는 중…</translation>
    </message>
    <message>
        <source>This PC (embedded)</source>
        <translation>이 PC (내장)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Cannot use the database</source>
        <translation>데이터베이스를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Exam mode is not installed.</source>
        <translation>시험 모드가 설치되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Created: %1
Updated: %2
Unchanged: %3
Enrollments: %4</source>
        <translation>생성: %1
수정: %2
변경 없음: %3
수강 등록: %4</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
</TS>