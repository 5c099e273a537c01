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