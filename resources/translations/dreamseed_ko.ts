<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <source>Vertical scroll bar</source>
        <translation>세로 스크롤 막대</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>가로 스크롤 막대</translation>
    </message>
</context>
<context>
    <name>AccommodationsDialog</name>
    <message>
        <source>Accommodations: %1</source>
        <translation>편의 지원: %1</translation>
    </message>
    <message>
        <source>&amp;Extended time (× time limit):</source>
        <translation>시간 연장(제한 시간의 배수)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>글자 크기(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>고대비(검은 바탕에 흰 글자)(&amp;H)</translation>
    </message>
    <message>
        <source>Answer &amp;masking (answers hidden until shown)</source>
        <translation>답지 가리기(보기 전까지 답지를 가림)(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Line reader (a reading band over the question)</source>
        <translation>줄 읽기 도우미(문제 위의 읽기 띠)(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Read aloud (where the PC has a speech engine)</source>
        <translation>소리 내어 읽기(PC에 음성 엔진이 있을 때)(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>첫 관리자</translation>
    </message>
    <message>
        <source>This account manages the school: people, classes, exams and settings.</source>
        <translation>이 계정으로 학교의 사용자, 학급, 시험과 설정을 관리합니다.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; not your email address, not a common password such as 12345678.</source>
        <translation>
            <numerusform>%n자 이상이어야 하며, 이메일 주소나 12345678 같은 흔한 비밀번호는 쓸 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
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
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 같지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AnswerCorrectionDialog</name>
    <message>
        <source>Correct an answer</source>
        <translation>답안 정정</translation>
    </message>
    <message>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>Item %1 (question %2) is marked %3. The session is re-scored with its own settings, and the change is kept in the audit log with your reason.</source>
        <translation>문항 %1(%2번 문제)은(는) %3(으)로 채점되어 있습니다. 응시는 그 응시의 설정으로 다시 채점되고, 변경 내용은 사유와 함께 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Mark as &amp;right</source>
        <translation>정답으로 처리(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as &amp;wrong</source>
        <translation>오답으로 처리(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. the answer key was wrong</source>
        <translation>예: 정답 키가 잘못되었음</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>사유(필수)(&amp;R):</translation>
    </message>
    <message>
        <source>Correct and re-score</source>
        <translation>정정하고 다시 채점</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Signed in</source>
        <extracomment>every action code the services and the database write, in words</extracomment>
        <translation>로그인함</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>로그아웃함</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>로그인 거부: 계정 잠김</translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation>로그인 실패가 반복되어 계정이 잠김</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>자신의 비밀번호를 바꿈</translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation>비밀번호 변경이 거부됨</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>비밀번호를 재설정함</translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation>사용자를 비활성화함</translation>
    </message>
    <message>
        <source>Reactivated a user</source>
        <translation>사용자를 다시 활성화함</translation>
    </message>
    <message>
        <source>Added an administrator</source>
        <translation>관리자를 추가함</translation>
    </message>
    <message>
        <source>Changed an administrator</source>
        <translation>관리자 정보를 바꿈</translation>
    </message>
    <message>
        <source>Added a teacher</source>
        <translation>교사를 추가함</translation>
    </message>
    <message>
        <source>Changed a teacher</source>
        <translation>교사 정보를 바꿈</translation>
    </message>
    <message>
        <source>Added a student</source>
        <translation>학생을 추가함</translation>
    </message>
    <message>
        <source>Changed a student</source>
        <translation>학생 정보를 바꿈</translation>
    </message>
    <message>
        <source>Added a school</source>
        <translation>학교를 추가함</translation>
    </message>
    <message>
        <source>Changed a school</source>
        <translation>학교 정보를 바꿈</translation>
    </message>
    <message>
        <source>Deleted a school</source>
        <translation>학교를 삭제함</translation>
    </message>
    <message>
        <source>Added a class</source>
        <translation>학급을 만듦</translation>
    </message>
    <message>
        <source>Changed a class</source>
        <translation>학급 정보를 바꿈</translation>
    </message>
    <message>
        <source>Deleted a class</source>
        <translation>학급을 삭제함</translation>
    </message>
    <message>
        <source>Enrolled students</source>
        <translation>학생을 학급에 등록함</translation>
    </message>
    <message>
        <source>Removed students from a class</source>
        <translation>학생의 학급 등록을 해제함</translation>
    </message>
    <message>
        <source>Imported a roster</source>
        <translation>명단을 가져옴</translation>
    </message>
    <message>
        <source>Added an item</source>
        <translation>문항을 추가함</translation>
    </message>
    <message>
        <source>Changed an item</source>
        <translation>문항을 수정함</translation>
    </message>
    <message>
        <source>Imported items</source>
        <translation>문항을 가져옴</translation>
    </message>
    <message>
        <source>Retired an item</source>
        <translation>문항을 폐기함</translation>
    </message>
    <message>
        <source>Activated an item</source>
        <translation>문항을 활성화함</translation>
    </message>
    <message>
        <source>Changed item exposure settings</source>
        <translation>문항 노출 설정을 바꿈</translation>
    </message>
    <message>
        <source>Recalibrated the item bank</source>
        <translation>문항 은행의 모수를 다시 추정함</translation>
    </message>
    <message>
        <source>Created an exam</source>
        <translation>시험을 만듦</translation>
    </message>
    <message>
        <source>Changed an exam</source>
        <translation>시험을 수정함</translation>
    </message>
    <message>
        <source>Opened an exam</source>
        <translation>시험을 열었음</translation>
    </message>
    <message>
        <source>Closed an exam</source>
        <translation>시험을 마감함</translation>
    </message>
    <message>
        <source>Limited item exposure in an exam</source>
        <translation>시험의 문항 노출을 제한함</translation>
    </message>
    <message>
        <source>Set the exam&apos;s quit password</source>
        <translation>시험 종료 비밀번호를 정함</translation>
    </message>
    <message>
        <source>Removed the exam&apos;s quit password</source>
        <translation>시험 종료 비밀번호를 없앰</translation>
    </message>
    <message>
        <source>Started a test</source>
        <translation>시험 응시를 시작함</translation>
    </message>
    <message>
        <source>Resumed a test</source>
        <translation>시험 응시를 이어서 함</translation>
    </message>
    <message>
        <source>Left a test unfinished</source>
        <translation>시험을 마치지 않고 나감</translation>
    </message>
    <message>
        <source>Finished a test</source>
        <translation>시험 응시를 마침</translation>
    </message>
    <message>
        <source>A test was ended by staff</source>
        <translation>교직원이 응시를 종료함</translation>
    </message>
    <message>
        <source>Paused a student&apos;s test</source>
        <translation>학생의 시험을 일시 정지함</translation>
    </message>
    <message>
        <source>Let a student&apos;s test continue</source>
        <translation>학생의 시험을 다시 진행함</translation>
    </message>
    <message>
        <source>Gave a student extra time</source>
        <translation>학생에게 시간을 더 줌</translation>
    </message>
    <message>
        <source>Ended a student&apos;s test</source>
        <translation>학생의 시험을 종료함</translation>
    </message>
    <message>
        <source>Corrected an answer key and re-scored</source>
        <translation>정답을 바로잡고 다시 채점함</translation>
    </message>
    <message>
        <source>Sign-in and passwords</source>
        <extracomment>the filter&apos;s areas (action code prefixes), in words</extracomment>
        <translation>로그인·비밀번호</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>수강 등록</translation>
    </message>
    <message>
        <source>Roster imports</source>
        <translation>명단 가져오기</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Item bank</source>
        <translation>문항 은행</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>시험</translation>
    </message>
    <message>
        <source>Students&apos; tests</source>
        <translation>학생 응시</translation>
    </message>
    <message>
        <source>Proctoring</source>
        <translation>시험 감독</translation>
    </message>
    <message>
        <source>Answer corrections</source>
        <translation>정답 수정</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>a plural text (marked in _plural_texts so lupdate writes its plural forms) details keys the details pane names in words (other keys are listed as recorded)</extracomment>
        <translation>제목</translation>
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
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>학년도</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>바꾸기 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>바꾼 뒤</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>바꾼 내용</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>접속 주소: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) affected</source>
        <translation>
            <numerusform>관련된 사람 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">사용자</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">학급</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="vanished">학교</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">문항</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="vanished">시험</translation>
    </message>
    <message>
        <source>Test sitting</source>
        <translation type="vanished">응시</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="vanished">답안</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>기타 작업</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="vanished">기록</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>일시: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation type="vanished">작업자: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="vanished">작업: %1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation type="vanished">대상: %1</translation>
    </message>
    <message>
        <source>People affected: %1</source>
        <translation type="vanished">관련 인원: %1명</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="vanished">코드: %1</translation>
    </message>
    <message>
        <source>(system)</source>
        <extracomment>details keys that carry the object&apos;s own name, in order of preference</extracomment>
        <translation type="vanished">(시스템)</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation type="vanished">사용자 #%1</translation>
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
    <message>
        <source>Details of the entry</source>
        <translation>항목 상세 내용</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>%1 signed in.</source>
        <extracomment>action code -&gt; sentence: %1 the actor (with role, as the subject of the sentence), %2 the object, %3 the first affected person; a sentence with %n is a plural text (count = people affected)</extracomment>
        <translation>%1 로그인함</translation>
    </message>
    <message>
        <source>%1 signed out.</source>
        <translation>%1 로그아웃함</translation>
    </message>
    <message>
        <source>A sign-in as %2 failed.</source>
        <translation>%2(으)로 로그인하려다 실패함</translation>
    </message>
    <message>
        <source>A sign-in as %2 was refused: the account is locked.</source>
        <translation>%2(으)로 로그인하려 했으나 계정이 잠겨 거부됨</translation>
    </message>
    <message>
        <source>The account %2 was locked after failed sign-ins.</source>
        <translation>로그인 실패가 거듭되어 %2 계정이 잠김</translation>
    </message>
    <message>
        <source>%1 changed their own password.</source>
        <translation>%1 자기 비밀번호를 바꿈</translation>
    </message>
    <message>
        <source>%1 tried to change their password; it was refused.</source>
        <translation>%1 비밀번호를 바꾸려 했으나 거부됨</translation>
    </message>
    <message>
        <source>%1 reset the password of %2.</source>
        <translation>%1 %2의 비밀번호를 초기화함</translation>
    </message>
    <message>
        <source>%1 deactivated the account of %2.</source>
        <translation>%1 %2의 계정을 비활성화함</translation>
    </message>
    <message>
        <source>%1 reactivated the account of %2.</source>
        <translation>%1 %2의 계정을 다시 활성화함</translation>
    </message>
    <message>
        <source>%1 added the administrator %2.</source>
        <translation>%1 관리자 %2을(를) 추가함</translation>
    </message>
    <message>
        <source>%1 changed the administrator %2.</source>
        <translation>%1 관리자 %2의 정보를 바꿈</translation>
    </message>
    <message>
        <source>%1 added the teacher %2.</source>
        <translation>%1 교사 %2을(를) 추가함</translation>
    </message>
    <message>
        <source>%1 changed the teacher %2.</source>
        <translation>%1 교사 %2의 정보를 바꿈</translation>
    </message>
    <message>
        <source>%1 added the student %2.</source>
        <translation>%1 학생 %2을(를) 추가함</translation>
    </message>
    <message>
        <source>%1 changed the student %2.</source>
        <translation>%1 학생 %2의 정보를 바꿈</translation>
    </message>
    <message>
        <source>%1 added the school %2.</source>
        <translation>%1 학교 %2을(를) 추가함</translation>
    </message>
    <message>
        <source>%1 changed the school %2.</source>
        <translation>%1 학교 %2의 정보를 바꿈</translation>
    </message>
    <message>
        <source>%1 deleted the school %2.</source>
        <translation>%1 학교 %2을(를) 삭제함</translation>
    </message>
    <message>
        <source>%1 set up the school %2.</source>
        <translation>%1 학교 %2을(를) 처음 설정함</translation>
    </message>
    <message>
        <source>%1 added the class %2.</source>
        <translation>%1 학급 %2을(를) 만듦</translation>
    </message>
    <message>
        <source>%1 changed the class %2.</source>
        <translation>%1 학급 %2의 정보를 바꿈</translation>
    </message>
    <message>
        <source>%1 deleted the class %2.</source>
        <translation>%1 학급 %2을(를) 삭제함</translation>
    </message>
    <message>
        <source>%1 added the item %2.</source>
        <translation>%1 문항 %2을(를) 추가함</translation>
    </message>
    <message>
        <source>%1 changed the item %2.</source>
        <translation>%1 문항 %2을(를) 바꿈</translation>
    </message>
    <message>
        <source>%1 changed the text of the item %2.</source>
        <translation>%1 문항 %2의 내용을 바꿈</translation>
    </message>
    <message>
        <source>%1 added a picture to the item %2.</source>
        <translation>%1 문항 %2에 그림을 넣음</translation>
    </message>
    <message>
        <source>%1 approved the item %2.</source>
        <translation>%1 문항 %2을(를) 승인함</translation>
    </message>
    <message>
        <source>%1 sent the item %2 back for changes.</source>
        <translation>%1 문항 %2을(를) 고치도록 돌려보냄</translation>
    </message>
    <message>
        <source>%1 saved the passage %2.</source>
        <translation>%1 지문 %2을(를) 저장함</translation>
    </message>
    <message>
        <source>%1 imported items into the item bank.</source>
        <translation>%1 문항 은행에 문항을 가져옴</translation>
    </message>
    <message>
        <source>%1 retired the item %2.</source>
        <translation>%1 문항 %2의 사용을 중지함</translation>
    </message>
    <message>
        <source>%1 put the item %2 back in use.</source>
        <translation>%1 문항 %2을(를) 다시 사용함</translation>
    </message>
    <message>
        <source>%1 changed how often items are shown.</source>
        <translation>%1 문항이 나오는 빈도 설정을 바꿈</translation>
    </message>
    <message>
        <source>%1 recalibrated the item bank.</source>
        <translation>%1 문항 은행을 다시 보정함</translation>
    </message>
    <message>
        <source>%1 added the subject %2.</source>
        <translation>%1 과목 %2을(를) 추가함</translation>
    </message>
    <message>
        <source>%1 changed the subject %2.</source>
        <translation>%1 과목 %2을(를) 바꿈</translation>
    </message>
    <message>
        <source>%1 added the strand %2.</source>
        <translation>%1 영역 %2을(를) 추가함</translation>
    </message>
    <message>
        <source>%1 changed the strand %2.</source>
        <translation>%1 영역 %2을(를) 바꿈</translation>
    </message>
    <message>
        <source>%1 created the exam %2.</source>
        <translation>%1 %2 시험을 만듦</translation>
    </message>
    <message>
        <source>%1 changed the exam %2.</source>
        <translation>%1 %2 시험을 바꿈</translation>
    </message>
    <message>
        <source>%1 opened the exam %2.</source>
        <translation>%1 %2 시험을 열었음</translation>
    </message>
    <message>
        <source>%1 closed the exam %2.</source>
        <translation>%1 %2 시험을 닫았음</translation>
    </message>
    <message>
        <source>%1 limited how often items of %2 are shown.</source>
        <translation>%1 %2 시험에서 문항이 나오는 횟수를 제한함</translation>
    </message>
    <message>
        <source>%1 set a quit password for %2.</source>
        <translation>%1 %2 시험의 종료 비밀번호를 정함</translation>
    </message>
    <message>
        <source>%1 removed the quit password of %2.</source>
        <translation>%1 %2 시험의 종료 비밀번호를 없앰</translation>
    </message>
    <message>
        <source>%1 started the test %2.</source>
        <translation>%1 %2 시험을 시작함</translation>
    </message>
    <message>
        <source>%1 went on with the test %2.</source>
        <translation>%1 %2 시험을 이어서 봄</translation>
    </message>
    <message>
        <source>%1 left the test %2 unfinished.</source>
        <translation>%1 %2 시험을 마치지 않고 나감</translation>
    </message>
    <message>
        <source>%1 finished the test %2.</source>
        <translation>%1 %2 시험을 마침</translation>
    </message>
    <message>
        <source>%1 ended the test %2 of %3.</source>
        <translation>%1 %3의 %2 시험을 끝냄</translation>
    </message>
    <message>
        <source>The server ended the unattended test %2.</source>
        <translation>서버가 응답 없는 %2 시험을 끝냄</translation>
    </message>
    <message>
        <source>%1 paused the test %2 of %3.</source>
        <translation>%1 %3의 %2 시험을 일시 정지함</translation>
    </message>
    <message>
        <source>%1 let %3 go on with the test %2.</source>
        <translation>%1 %3이(가) %2 시험을 계속 보게 함</translation>
    </message>
    <message>
        <source>%1 gave %3 extra time in the test %2.</source>
        <translation>%1 %3에게 %2 시험 시간을 더 줌</translation>
    </message>
    <message>
        <source>%1 corrected an answer of %3 and re-scored %2.</source>
        <translation>%1 %3의 답 채점을 고치고 %2 시험을 다시 채점함</translation>
    </message>
    <message>
        <source>The proctor&apos;s password let %1 leave the test %2.</source>
        <translation>%1 감독 비밀번호로 %2 시험을 나감</translation>
    </message>
    <message>
        <source>A wrong proctor password was typed on the PC of %1 in %2.</source>
        <translation>%1 쓰는 PC에서 %2 시험의 감독 비밀번호가 틀림</translation>
    </message>
    <message>
        <source>Too many wrong proctor passwords on the PC of %1 in %2.</source>
        <translation>%1 쓰는 PC에서 %2 시험의 감독 비밀번호가 여러 번 틀려 잠김</translation>
    </message>
    <message>
        <source>%1 added the demo school.</source>
        <translation>%1 시연용 학교를 만듦</translation>
    </message>
    <message>
        <source>%1 did something the program has no sentence for (%2).</source>
        <extracomment>when several people are affected, these read with a count instead of one name</extracomment>
        <translation>%1 이 프로그램이 설명하지 못하는 작업을 함 (%2)</translation>
    </message>
    <message>
        <source>Administrator %1</source>
        <extracomment>the actor as the subject of a sentence, by role</extracomment>
        <translation>%1 관리자가</translation>
    </message>
    <message>
        <source>Teacher %1</source>
        <translation>%1 선생님이</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>%1 학생이</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1 님이</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>시스템이</translation>
    </message>
    <message>
        <source>a person no longer in the school</source>
        <translation>학교에 없는 사람</translation>
    </message>
    <message>
        <source>(no longer there)</source>
        <translation>(지금은 없음)</translation>
    </message>
    <message>
        <source>«%1» of %2</source>
        <translation>%2 «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 enrolled %n student(s) in %2.</source>
        <extracomment>details keys that carry the object&apos;s own name, in order of preference</extracomment>
        <translation>
            <numerusform>%1 %2에 학생 %n명을 등록함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n student(s) from %2.</source>
        <translation>
            <numerusform>%1 %2에서 학생 %n명을 뺌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported a roster (%n person(s)).</source>
        <translation>
            <numerusform>%1 명단을 가져옴 (%n명)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paused the test %2 of %n student(s).</source>
        <translation>
            <numerusform>%1 학생 %n명의 %2 시험을 일시 정지함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 let %n student(s) go on with the test %2.</source>
        <translation>
            <numerusform>%1 학생 %n명이 %2 시험을 계속 보게 함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n student(s) extra time in the test %2.</source>
        <translation>
            <numerusform>%1 학생 %n명에게 %2 시험 시간을 더 줌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ended the test %2 of %n student(s).</source>
        <translation>
            <numerusform>%1 학생 %n명의 %2 시험을 끝냄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>The automatic backup of %1 failed: %2
Until a backup succeeds, the data on this PC are not backed up. Open File ▸ Backups…, choose a folder that can be written (for example on another disk or a USB stick) and press Back up now.</source>
        <extracomment>how often the banner looks whether the start-up backup has finished (no database involved)</extracomment>
        <translation>%1 자동 백업이 실패했습니다: %2
백업이 성공할 때까지 이 PC의 데이터는 백업되지 않습니다. 파일 ▸ 백업…을 열고, 쓸 수 있는 폴더(예: 다른 디스크나 USB 메모리)를 고른 뒤 지금 백업을 누르세요.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>숨기기(&amp;D)</translation>
    </message>
    <message>
        <source>Hide this notice until DreamSeed starts again</source>
        <translation>DreamSeed를 다시 시작할 때까지 이 알림을 숨깁니다</translation>
    </message>
    <message>
        <source>Backup problem</source>
        <translation>백업 문제</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatic (daily)</source>
        <translation>자동(매일)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation>백업 파일을 확인하는 중…</translation>
    </message>
    <message>
        <source>Backing up the current data first…</source>
        <translation>지금 데이터를 먼저 백업하는 중…</translation>
    </message>
    <message>
        <source>Restoring and comparing every table…</source>
        <translation>복원하고 모든 테이블을 비교하는 중…</translation>
    </message>
    <message>
        <source>Upgrading the restored data to this version…</source>
        <translation>복원한 데이터를 이 버전에 맞게 업그레이드하는 중…</translation>
    </message>
    <message>
        <source>Switching to the restored data…</source>
        <translation>복원한 데이터로 바꾸는 중…</translation>
    </message>
    <message>
        <source>Made %1 from %2 (schema revision %3): %4 tables, %5 rows.</source>
        <translation>%1에 %2에서 만듦(스키마 리비전 %3): 테이블 %4개, 행 %5개.</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>이 PC</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Backups of the data on this PC are kept in %1. A backup is made automatically once a day when DreamSeed starts; the newest %2 automatic backups are kept. Copy backups to a USB stick or another PC from time to time: a backup on the same disk is lost with the disk.</source>
        <translation>이 PC 데이터의 백업은 %1에 보관합니다. DreamSeed를 시작할 때 하루에 한 번 자동으로 백업하고, 자동 백업은 최근 %2개를 남깁니다. 가끔 백업을 USB 메모리나 다른 PC에 복사해 두세요. 같은 디스크에 있는 백업은 디스크가 고장 나면 함께 잃습니다.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>선택한 백업으로 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>파일에서 복원(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Change folder…</source>
        <translation>폴더 바꾸기(&amp;C)…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>백업을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>백업을 저장할 폴더</translation>
    </message>
    <message>
        <source>The folder is used until DreamSeed closes; it could not be remembered: %1</source>
        <translation>이 폴더는 DreamSeed를 닫을 때까지만 쓰입니다. 설정에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Backups now go to %1. Press Back up now to make one there.</source>
        <translation>이제 백업은 %1에 저장됩니다. 지금 백업을 눌러 그곳에 백업을 만드세요.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>백업 파일에서 복원</translation>
    </message>
    <message>
        <source>DreamSeed backups (*%1)</source>
        <translation>DreamSeed 백업 (*%1)</translation>
    </message>
    <message>
        <source>Replace ALL data on this PC with this backup?

%1
%2

The current data are backed up first, so this can be undone. Everyone is signed out afterwards.</source>
        <translation>이 PC의 모든 데이터를 이 백업으로 바꿀까요?

%1
%2

지금 데이터는 먼저 백업하므로 되돌릴 수 있습니다. 복원한 뒤에는 모두 로그아웃됩니다.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Restore cancelled. Nothing was changed.</source>
        <translation>복원을 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>백업을 복원하는 중</translation>
    </message>
    <message>
        <source>The backup was restored: %1 tables, %2 rows, every table checked against the backup.</source>
        <translation>백업을 복원했습니다: 테이블 %1개, 행 %2개, 모든 테이블을 백업과 대조했습니다.</translation>
    </message>
    <message>
        <source>The data from before the restore are in %1.</source>
        <translation>복원하기 전의 데이터는 %1에 있습니다.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>다시 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>BandErrorChart</name>
    <message>
        <source>Precision by θ band</source>
        <translation>θ 구간별 정밀도</translation>
    </message>
    <message>
        <source>True θ band</source>
        <translation>실제 θ 구간</translation>
    </message>
    <message>
        <source>θ units</source>
        <translation>θ 단위</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>Run a simulation to see results</source>
        <translation>모의실험을 실행하면 결과가 표시됩니다</translation>
    </message>
    <message>
        <source>{0}: RMSE {1:.3f}, bias {2:+.3f}, n={3:g}</source>
        <translation>{0}: RMSE {1:.3f}, 편향 {2:+.3f}, n={3:g}</translation>
    </message>
</context>
<context>
    <name>BankInformationChart</name>
    <message>
        <source>Bank information</source>
        <translation>문항은행 정보량</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>θ (능력)</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>정보량</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>표준오차</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>문항은행</translation>
    </message>
    <message>
        <source>SE target {0:.2f}</source>
        <translation>목표 SE {0:.2f}</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>문항 없음</translation>
    </message>
</context>
<context>
    <name>CalibrationNote</name>
    <message>
        <source>every answer correct: cannot be estimated</source>
        <translation>모든 응답이 정답: 추정할 수 없음</translation>
    </message>
    <message>
        <source>every answer wrong: cannot be estimated</source>
        <translation>모든 응답이 오답: 추정할 수 없음</translation>
    </message>
    <message>
        <source>only {0} answers (minimum {1})</source>
        <translation>응답 {0}개뿐 (최소 {1}개)</translation>
    </message>
    <message>
        <source>could not be estimated</source>
        <translation>추정할 수 없음</translation>
    </message>
    <message>
        <source>estimate outside the allowed range</source>
        <translation>추정값이 허용 범위를 벗어남</translation>
    </message>
    <message>
        <source>estimate stopped at a search bound</source>
        <translation>추정이 탐색 경계에서 멈춤</translation>
    </message>
    <message>
        <source>too imprecise (SE of a {0:.2f}, of b {1:.2f})</source>
        <translation>정밀도 부족 (a의 SE {0:.2f}, b의 SE {1:.2f})</translation>
    </message>
    <message>
        <source>anchor: parameters held fixed</source>
        <translation>앵커: 모수 고정</translation>
    </message>
    <message>
        <source>released anchor (drift z {0:.1f}); re-estimated</source>
        <translation>해제된 앵커 (표류 z {0:.1f}); 재추정</translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message>
        <source>Keep the bank&apos;s scale</source>
        <translation>문항은행 척도 유지</translation>
    </message>
    <message>
        <source>Mean/mean linking of the new estimates to the current parameters</source>
        <translation>새 추정값을 현재 모수에 평균/평균 방법으로 연계합니다</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>모수 추정</translation>
    </message>
    <message>
        <source>Accept checked items as a new bank version…</source>
        <translation>선택한 문항을 새 문항은행 버전으로 채택…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>과목:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>응답 기간:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모형:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <source>Min. answers per item:</source>
        <translation>문항별 최소 응답 수:</translation>
    </message>
    <message>
        <source>Choose a subject and press Calibrate. Nothing is changed until you accept the result.</source>
        <translation>과목을 고르고 [모수 추정]을 누르세요. 결과를 채택하기 전에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>새 문항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} sessions, {1} answers; {2} after {3} EM iterations; {4} of {5} items can be accepted. Scale link: b* = {6:.3f}·b {7:+.3f}.</source>
        <translation type="vanished">시험 {0}회, 응답 {1}개; EM {3}회 반복 후 {2}; 문항 {5}개 중 {4}개 채택 가능. 척도 연계: b* = {6:.3f}·b {7:+.3f}.</translation>
    </message>
    <message>
        <source>{0} sessions, {1} answers; {2} after {3} EM iterations; {4} of {5} items can be accepted. Fixed anchors: {6}, released for drift: {7}; students&apos; ability: mean {8:.2f}, SD {9:.2f}.</source>
        <translation type="vanished">시험 {0}회, 응답 {1}개; EM {3}회 반복 후 {2}; 문항 {5}개 중 {4}개 채택 가능. 고정 앵커: {6}개, 표류로 해제: {7}; 학생 능력: 평균 {8:.2f}, 표준편차 {9:.2f}.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>수렴함</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>수렴하지 않음</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Recalibrated</source>
        <translation>재추정</translation>
    </message>
    <message>
        <source>current</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>recalibrated</source>
        <translation>재추정</translation>
    </message>
    <message>
        <source>Log-normal</source>
        <translation>로그정규</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Prior on the discrimination a (2PL, 3PL): a normal distribution on log a with this standard deviation</source>
        <translation>변별도 a의 사전분포(2PL, 3PL): log a에 이 표준편차의 정규분포를 둡니다</translation>
    </message>
    <message>
        <source>SD </source>
        <translation>표준편차 </translation>
    </message>
    <message>
        <source>Standard deviation of log a</source>
        <translation>log a의 표준편차</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>베타</translation>
    </message>
    <message>
        <source>Prior on the guessing parameter c (3PL): Beta(A, B)</source>
        <translation>추측도 c의 사전분포(3PL): Beta(A, B)</translation>
    </message>
    <message>
        <source>Beta prior on c, parameter %1</source>
        <translation>c의 베타 사전분포, 모수 %1</translation>
    </message>
    <message>
        <source>Free calibration</source>
        <translation>자유 추정</translation>
    </message>
    <message>
        <source>Fixed anchors (new items only)</source>
        <translation>앵커 고정 (새 문항만 추정)</translation>
    </message>
    <message>
        <source>Fixed anchors: the chosen new items are estimated while every other active item keeps its parameters, so the new items land on the bank&apos;s scale</source>
        <translation>앵커 고정: 고른 새 문항만 추정하고 나머지 사용 중 문항은 모수를 그대로 두므로, 새 문항이 문항은행 척도에 놓입니다</translation>
    </message>
    <message>
        <source>New items…</source>
        <translation>새 문항…</translation>
    </message>
    <message>
        <source>Prior on a:</source>
        <translation>a 사전분포:</translation>
    </message>
    <message>
        <source>Prior on c:</source>
        <translation>c 사전분포:</translation>
    </message>
    <message>
        <source>Calibration result</source>
        <translation>모수 추정 결과</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>시험 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>응답 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n EM iteration(s)</source>
        <translation>
            <numerusform>EM %n회 반복 후 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) can be accepted</source>
        <translation>
            <numerusform>문항 %n개 중 %1개 채택 가능</numerusform>
        </translation>
    </message>
    <message>
        <source>Priors: a {0}, c {1}; log-likelihood {2:.1f}.</source>
        <translation>사전분포: a {0}, c {1}; 로그우도 {2:.1f}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Fixed anchors: {0}, released for drift: {1}; students&apos; ability: mean {2:.2f}, SD {3:.2f}.</source>
        <translation>고정 앵커: {0}개, 표류로 해제: {1}; 학생 능력: 평균 {2:.2f}, 표준편차 {3:.2f}.</translation>
    </message>
    <message>
        <source>Scale link: b* = {0:.3f}·b {1:+.3f}.</source>
        <translation>척도 연계: b* = {0:.3f}·b {1:+.3f}.</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>log-normal, SD {0}</source>
        <translation>로그정규, 표준편차 {0}</translation>
    </message>
    <message>
        <source>Beta({0})</source>
        <translation>Beta({0})</translation>
    </message>
</context>
<context>
    <name>CatError</name>
    <message>
        <source>A person answered the same item twice.</source>
        <translation>한 사람이 같은 문항에 두 번 답했습니다.</translation>
    </message>
    <message>
        <source>Fixed-anchor calibration needs at least one anchor item.</source>
        <translation>고정 앵커 보정에는 앵커 문항이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>The bank CSV {path} has no items.</source>
        <translation>문항 은행 CSV {path}에 문항이 없습니다.</translation>
    </message>
    <message>
        <source>The bank lists an item_id twice.</source>
        <translation>문항 은행에 같은 item_id가 두 번 있습니다.</translation>
    </message>
    <message>
        <source>Every item needs a positive a and a finite b.</source>
        <translation>모든 문항의 a는 양수, b는 유한한 수여야 합니다.</translation>
    </message>
    <message>
        <source>Every item needs a c from 0 up to (not including) 1.</source>
        <translation>모든 문항의 c는 0 이상 1 미만이어야 합니다.</translation>
    </message>
    <message>
        <source>The bank CSV {path} lacks the columns {columns}.</source>
        <translation>문항 은행 CSV {path}에 {columns} 열이 없습니다.</translation>
    </message>
    <message>
        <source>{name} must have one value per item</source>
        <translation>{name}에는 문항마다 값이 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <source>{name} must be empty or have one value per item</source>
        <translation>{name}은(는) 비어 있거나 문항마다 값이 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <source>Line {line} of {path}: {column} is not a number: &apos;{value}&apos;.</source>
        <translation>{path}의 {line}행: {column} 값 &apos;{value}&apos;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The model must be one of {choices}.</source>
        <translation>모형은 {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The prior SD of log a must be positive.</source>
        <translation>log a의 사전분포 표준편차는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>The Beta prior on c needs both parameters at least 1.</source>
        <translation>c의 베타 사전분포는 두 모수가 모두 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The quadrature needs at least 5 points and a positive range.</source>
        <translation>구적점은 5개 이상이고 범위는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>The minimum number of answers must be at least 1.</source>
        <translation>최소 응답 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>There are no responses to calibrate.</source>
        <translation>보정할 응답이 없습니다.</translation>
    </message>
    <message>
        <source>No item can be calibrated: every item has no answers, only correct or only wrong answers, or fewer than {minimum} answers.</source>
        <translation>보정할 수 있는 문항이 없습니다. 모든 문항이 응답이 없거나, 모두 정답 또는 모두 오답이거나, 응답이 {minimum}개보다 적습니다.</translation>
    </message>
    <message>
        <source>The responses CSV {path} needs the columns {columns}.</source>
        <translation>응답 CSV {path}에는 {columns} 열이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Line {line}: correct must be 0 or 1 (or true/false), not &apos;{value}&apos;.</source>
        <translation>{line}행: correct 열은 0 또는 1(또는 true/false)이어야 합니다. 받은 값: &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{key} must be one of {choices}.</source>
        <translation>{key}은(는) {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be 0 or more.</source>
        <translation>{key}은(는) 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The grid needs grid_points of at least 2 and grid_max above grid_min.</source>
        <translation>격자는 grid_points가 2 이상이고 grid_max가 grid_min보다 커야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be positive.</source>
        <translation>{key}은(는) 양수여야 합니다.</translation>
    </message>
    <message>
        <source>mle_max must be above mle_min.</source>
        <translation>mle_max는 mle_min보다 커야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be at least 1.</source>
        <translation>{key}은(는) 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>exposure_target must be above 0 and at most 1.</source>
        <translation>exposure_target은 0보다 크고 1 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The design needs 0 &lt;= min_items &lt;= max_items and max_items of at least 1.</source>
        <translation>설계는 0 &lt;= min_items &lt;= max_items이고 max_items가 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be positive or null.</source>
        <translation>{key}은(는) 양수이거나 null이어야 합니다.</translation>
    </message>
    <message>
        <source>pretest_items must be between 0 and {maximum}.</source>
        <translation>pretest_items는 0에서 {maximum} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The design has unknown keys: {keys}.</source>
        <translation>설계에 알 수 없는 키가 있습니다: {keys}.</translation>
    </message>
    <message>
        <source>The design JSON must be an object.</source>
        <translation>설계 JSON은 객체(중괄호로 묶은 키와 값)여야 합니다.</translation>
    </message>
    <message>
        <source>Content targets must be 0 or more.</source>
        <translation>내용 영역 목표는 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Exposure parameters must be between 0 and 1.</source>
        <translation>노출 모수는 0에서 1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The demo bank needs at least one item.</source>
        <translation>데모 문항 은행에는 문항이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>The mean ability must be a finite number and its SD a finite number of 0 or more.</source>
        <translation>능력 평균은 유한한 수, 표준편차는 0 이상의 유한한 수여야 합니다.</translation>
    </message>
    <message>
        <source>Pretest items must not be in the bank: {items}.</source>
        <translation>사전검사 문항은 문항 은행에 없어야 합니다: {items}.</translation>
    </message>
</context>
<context>
    <name>CatReason</name>
    <message>
        <source>no answers</source>
        <extracomment>why calibration left an item out or warns about it (``cat.calibration.REASONS``)</extracomment>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>every answer correct: difficulty cannot be estimated</source>
        <translation>모두 정답: 난이도를 추정할 수 없음</translation>
    </message>
    <message>
        <source>every answer wrong: difficulty cannot be estimated</source>
        <translation>모두 오답: 난이도를 추정할 수 없음</translation>
    </message>
    <message>
        <source>fewer answers than the minimum</source>
        <translation>응답 수가 최소보다 적음</translation>
    </message>
    <message>
        <source>estimate stopped at a search bound</source>
        <translation>추정값이 탐색 경계에서 멈춤</translation>
    </message>
    <message>
        <source>anchor: parameters held fixed</source>
        <translation>앵커: 모수 고정</translation>
    </message>
</context>
<context>
    <name>CategoryBarChart</name>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>The password you signed in with was given to you by your school. Choose your own password now; you will use it from now on.</source>
        <translation>방금 로그인한 비밀번호는 학교에서 받은 비밀번호입니다. 지금 나만의 비밀번호를 정하세요. 앞으로는 새 비밀번호로 로그인합니다.</translation>
    </message>
    <message>
        <source>Enter your current password and the new one twice.</source>
        <translation>현재 비밀번호와 새 비밀번호를 두 번 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; not your email address, not a common password such as 12345678.</source>
        <translation>
            <numerusform>%n자 이상이어야 하며, 이메일 주소나 12345678 같은 흔한 비밀번호는 쓸 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>비밀번호 변경(&amp;C)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>현재 비밀번호(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>새 비밀번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>새 비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>새 비밀번호는 현재 비밀번호와 달라야 합니다.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>두 새 비밀번호가 같지 않습니다.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>비밀번호를 바꾸는 중…</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked for 15 minutes.</source>
        <translation>비밀번호를 여러 번 틀려 계정이 15분 동안 잠겼습니다.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>현재 비밀번호가 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <source>No data yet</source>
        <extracomment>Colour-blind-friendly palette used by every chart in this order: Okabe–Ito, with orange, sky blue, yellow and reddish purple darkened (same hue and saturation, lower lightness) until each stands 3:1 against the white plot background (WCAG 1.4.11; the originals go down to 1.32:1). Data marks are drawn opaque so the ratio holds for what is on screen. room kept left and right of a chart&apos;s title (logical pixels) the plot background the palette is measured against a series of up to this many points is read out whole; longer ones are sampled the layout row of a chart&apos;s legend: below every plot (empty rows between take no space) pixel radius within which a point counts as hovered</extracomment>
        <translation>아직 데이터가 없습니다</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>가로축</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>세로축</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), some of them:</source>
        <translation>
            <numerusform>점 %n개 중 일부:</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>확대 초기화</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
</context>
<context>
    <name>ChartFeed</name>
    <message>
        <source>(no subject)</source>
        <translation>(과목 없음)</translation>
    </message>
    <message>
        <source>Class average</source>
        <translation>학급 평균</translation>
    </message>
</context>
<context>
    <name>ChartGrid</name>
    <message>
        <source>Charts</source>
        <extracomment>narrower than this, a chart of a grid gets a row of its own (titles and axes stay readable)</extracomment>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>%1  Hidden answer · click or Ctrl+%2 to show</source>
        <translation>%1  가려진 답 · 누르거나 Ctrl+%2로 보기</translation>
    </message>
    <message>
        <source>%1 hidden answer</source>
        <translation>%1 가려진 답</translation>
    </message>
    <message>
        <source>Struck out and hidden; Ctrl+%1 shows it</source>
        <translation>지운 답, 가려져 있음; Ctrl+%1로 보입니다</translation>
    </message>
    <message>
        <source>Ctrl+%1 shows it</source>
        <translation>Ctrl+%1로 보입니다</translation>
    </message>
    <message>
        <source>Struck out; Alt+%1 restores it</source>
        <translation>지운 답; Alt+%1로 되살립니다</translation>
    </message>
    <message>
        <source>Ctrl+%1 hides it, Alt+%1 strikes it out</source>
        <translation>Ctrl+%1로 가리고, Alt+%1로 지웁니다</translation>
    </message>
</context>
<context>
    <name>ClassComparisonChart</name>
    <message>
        <source>Classes side by side</source>
        <translation>학급별 비교</translation>
    </message>
    <message>
        <source>Mean θ (± SD)</source>
        <translation>평균 능력(θ) (± 표준편차)</translation>
    </message>
    <message>
        <source>n = {0}</source>
        <translation>n = {0}</translation>
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
        <source>Home&amp;room class no.</source>
        <translation>담임 반(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
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
    <name>ClassReport</name>
    <message>
        <source>Class report</source>
        <translation>학급 보고서</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>학년도</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>담당 교사</translation>
    </message>
    <message>
        <source>Students tested</source>
        <translation>응시 학생</translation>
    </message>
    <message>
        <source>Sessions that count (all)</source>
        <translation>평균 반영 응시 (전체)</translation>
    </message>
    <message>
        <source>Per subject (sessions that count)</source>
        <translation>과목별 (평균 반영 응시)</translation>
    </message>
    <message>
        <source>Counted / sessions</source>
        <translation>반영 / 응시</translation>
    </message>
    <message>
        <source>Ended short (not averaged)</source>
        <translation>조기 종료 (평균 제외)</translation>
    </message>
    <message>
        <source>Mean θ</source>
        <translation>평균 능력(θ)</translation>
    </message>
    <message>
        <source>Mean % correct</source>
        <translation>평균 정답률</translation>
    </message>
    <message>
        <source>Mean θ and mean % correct: each student&apos;s latest counted session in the subject (the students of the distribution below).</source>
        <translation>평균 능력(θ)과 평균 정답률(%): 학생마다 그 과목에서 가장 최근에 반영된 응시 1회(아래 분포와 같은 학생들).</translation>
    </message>
    <message>
        <source>θ of each student&apos;s latest counted session in %1; the dashed line is the class mean.</source>
        <translation>학생마다 %1에서 가장 최근에 반영된 응시의 능력(θ). 점선은 학급 평균입니다.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>반영</translation>
    </message>
    <message>
        <source>Rank (ties)</source>
        <translation>순위 (동순위)</translation>
    </message>
    <message>
        <source>Latest θ: the student&apos;s latest session that counts. Rank (ties): 1 + the number of classmates whose 95% interval lies wholly above this student&apos;s, so students whose intervals overlap share a rank.</source>
        <translation>최근 능력(θ): 평균에 반영되는 학생의 가장 최근 응시. 순위 (동순위): 1 + 95% 구간이 이 학생의 구간보다 완전히 위에 있는 반 친구 수이므로, 구간이 겹치는 학생들은 같은 순위입니다.</translation>
    </message>
    <message>
        <source>Sessions (completed)</source>
        <translation type="vanished">시험 (완료)</translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation>최근 시험</translation>
    </message>
    <message>
        <source>Average θ</source>
        <translation type="vanished">평균 θ</translation>
    </message>
    <message>
        <source>SD of latest θ</source>
        <translation>최근 능력(θ) 표준편차</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="vanished">평균 점수</translation>
    </message>
    <message>
        <source>Ability distribution</source>
        <translation>능력 분포</translation>
    </message>
    <message>
        <source>Latest θ of each tested student; the dashed line is the class mean.</source>
        <translation type="vanished">응시한 학생별 최근 θ입니다. 파선은 학급 평균입니다.</translation>
    </message>
    <message>
        <source>Average θ over time</source>
        <translation>시기별 평균 능력(θ)</translation>
    </message>
    <message>
        <source>Average scores</source>
        <translation type="vanished">평균 점수</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="vanished">시험</translation>
    </message>
    <message>
        <source>Avg. score</source>
        <translation type="vanished">평균 점수</translation>
    </message>
    <message>
        <source>Avg. θ</source>
        <translation type="vanished">평균 θ</translation>
    </message>
    <message>
        <source>Latest θ</source>
        <translation>최근 능력(θ)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="vanished">순위</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최근</translation>
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
            <numerusform>학급 %n개</numerusform>
        </translation>
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
    <name>ClassesTab</name>
    <message>
        <source>All grades</source>
        <translation>전체 학년</translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translation type="vanished">{0}학년</translation>
    </message>
    <message>
        <source>Class report (PDF)…</source>
        <translation>학급 보고서 (PDF)…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Reports for a grade…</source>
        <translation>학년 전체 보고서…</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>학년:</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>Students of the selected class</source>
        <translation>선택한 학급의 학생</translation>
    </message>
    <message>
        <source>Students of {0} (means in {1})</source>
        <translation>{0} 학생 ({1} 평균)</translation>
    </message>
    <message>
        <source>Students of {0}</source>
        <translation>{0} 학생</translation>
    </message>
    <message>
        <source>θ, latest counted session per student — {0}</source>
        <translation>능력(θ), 학생별 최근 반영 응시 — {0}</translation>
    </message>
    <message>
        <source>% correct, latest counted session per student — {0}</source>
        <translation>정답률(%), 학생별 최근 반영 응시 — {0}</translation>
    </message>
    <message>
        <source>Means and the two histograms: each student&apos;s latest counted session per subject.</source>
        <translation>평균과 두 히스토그램: 학생마다 과목별로 가장 최근에 반영된 응시 1회.</translation>
    </message>
    <message>
        <source>θ distribution — {0}</source>
        <translation type="vanished">θ 분포 — {0}</translation>
    </message>
    <message>
        <source>Mean % correct per student — {0}</source>
        <translation type="vanished">학생별 평균 정답률 — {0}</translation>
    </message>
    <message>
        <source>%1: mean θ %2 · mean % correct %3</source>
        <translation>%1: 평균 능력(θ) %2 · 평균 정답률 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended short, not averaged</source>
        <translation>
            <numerusform>조기 종료 %n회 (평균 제외)</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>아직 응시 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Average scores — {0}</source>
        <translation type="vanished">평균 점수 — {0}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>dreamseed-admin: database upgrades, backups, accounts, demo data, roster CSV, CAT tools.</source>
        <translation>dreamseed-admin: 데이터베이스 업그레이드, 백업, 계정, 데모 데이터, 명단 CSV, CAT 도구.</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>프로그램 버전을 보여 주고 끝냄</translation>
    </message>
    <message>
        <source>log debug output</source>
        <translation>디버그 정보를 로그에 남김</translation>
    </message>
    <message>
        <source>language of the messages (default: DREAMSEED_LANG, LANG, or the program&apos;s setting)</source>
        <translation>메시지 언어 (기본값: DREAMSEED_LANG, LANG, 또는 프로그램 설정)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>중단되었습니다.</translation>
    </message>
    <message>
        <source>error: %1. Check the file or folder and try again.</source>
        <translation>오류: %1. 파일이나 폴더를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>error: %1. Nothing more could be done; run again with -v for details and report them.</source>
        <translation>오류: %1. 더 진행할 수 없습니다. -v를 붙여 다시 실행하고 자세한 내용을 알려 주세요.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>made %1 from %2, schema revision %3, %4 tables, %5 rows</source>
        <translation>%1에 %2에서 만듦, 스키마 리비전 %3, 테이블 %4개, 행 %5개</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>이 PC</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1에 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Backup OK: %1 restores completely (%2).</source>
        <translation>백업 정상: %1을(를) 빠짐없이 복원할 수 있습니다(%2).</translation>
    </message>
    <message>
        <source>No backup needed: the newest one is less than a day old.</source>
        <translation>백업할 필요가 없습니다: 가장 최근 백업이 하루가 지나지 않았습니다.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2).</source>
        <translation>백업을 저장했습니다: %1 (%2).</translation>
    </message>
    <message>
        <source>%n other connection(s) to the database are open (DreamSeed may be running on this PC or elsewhere). Close DreamSeed everywhere and try again, or use --force to disconnect them. Nothing was changed.</source>
        <translation type="vanished">데이터베이스에 다른 연결이 %n개 열려 있습니다(이 PC나 다른 곳에서 DreamSeed가 실행 중일 수 있습니다). 모든 곳에서 DreamSeed를 닫고 다시 시도하거나, --force로 연결을 끊으세요. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>back up the database into a file (with a checksum and the schema version)</source>
        <translation>데이터베이스를 파일로 백업 (체크섬과 스키마 버전 포함)</translation>
    </message>
    <message>
        <source>Back up the database into a .dreamseed-backup file: a consistent pg_dump, its SHA-256 and the schema version, with every table&apos;s row count and md5.</source>
        <translation>데이터베이스를 .dreamseed-backup 파일로 백업합니다: 일관된 pg_dump, 그 SHA-256과 스키마 버전, 모든 테이블의 행 수와 md5를 담습니다.</translation>
    </message>
    <message>
        <source>where backups go (default: &apos;DreamSeed Backups&apos; in your documents folder)</source>
        <translation>백업을 둘 곳 (기본값: 문서 폴더의 &apos;DreamSeed Backups&apos;)</translation>
    </message>
    <message>
        <source>list the backups in the folder</source>
        <translation>폴더의 백업 목록 보기</translation>
    </message>
    <message>
        <source>prove a backup restores: checksum, restore into a scratch database, compare every table</source>
        <translation>백업을 복원할 수 있는지 증명: 체크섬, 임시 데이터베이스로 복원, 모든 테이블 비교</translation>
    </message>
    <message>
        <source>the schedule: back up only when the newest backup is older than a day, keep --keep</source>
        <translation>일정: 가장 최근 백업이 하루보다 오래되었을 때만 백업하고 --keep개를 남김</translation>
    </message>
    <message>
        <source>with --auto: how many automatic backups to keep (default 7)</source>
        <translation>--auto와 함께: 남길 자동 백업 수 (기본값 7)</translation>
    </message>
    <message>
        <source>replace the database with a backup (after a safety backup)</source>
        <translation>데이터베이스를 백업으로 바꾸기 (먼저 안전 백업)</translation>
    </message>
    <message>
        <source>Replace the database with a backup file. The file&apos;s checksum and schema version are checked first, the current data are backed up, and the restored copy is compared table by table before it replaces the live one.</source>
        <translation>데이터베이스를 백업 파일로 바꿉니다. 먼저 파일의 체크섬과 스키마 버전을 확인하고, 지금 데이터를 백업하고, 복원한 사본을 테이블마다 비교한 뒤에 사용 중인 데이터베이스와 바꿉니다.</translation>
    </message>
    <message>
        <source>the .dreamseed-backup file</source>
        <translation>.dreamseed-backup 파일</translation>
    </message>
    <message>
        <source>where the safety backup goes</source>
        <translation>안전 백업을 둘 곳</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>확인을 묻지 않음</translation>
    </message>
    <message>
        <source>restore even while other programs are connected (they are disconnected)</source>
        <translation>다른 프로그램이 연결되어 있어도 복원 (연결을 끊음)</translation>
    </message>
    <message>
        <source>Other programs are connected to the database (connections: %1; DreamSeed may be running on this PC or elsewhere). Close DreamSeed everywhere and try again, or use --force to disconnect them. Nothing was changed.</source>
        <translation>다른 프로그램이 데이터베이스에 연결되어 있습니다(연결 %1개, 이 PC나 다른 곳에서 DreamSeed가 실행 중일 수 있습니다). 모든 곳에서 DreamSeed를 닫고 다시 시도하거나, --force로 연결을 끊으세요. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>This replaces ALL data of the database with the backup %1 (%2). The current data are backed up first.</source>
        <translation>데이터베이스의 모든 데이터를 백업 %1(%2)(으)로 바꿉니다. 지금 데이터는 먼저 백업합니다.</translation>
    </message>
    <message>
        <source>confirm with --yes when not running in a terminal. Nothing was changed.</source>
        <translation>터미널이 아닌 곳에서 실행할 때는 --yes로 확인하세요. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Type &apos;yes&apos; to continue: </source>
        <translation>계속하려면 &apos;yes&apos;를 입력하세요: </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Restored %1 tables, %2 rows; every table matches the backup.</source>
        <translation>테이블 %1개, 행 %2개를 복원했습니다. 모든 테이블이 백업과 같습니다.</translation>
    </message>
    <message>
        <source>The data from before the restore are in %1.</source>
        <translation>복원하기 전의 데이터는 %1에 있습니다.</translation>
    </message>
    <message>
        <source>The backup came from an older version (schema %1) and was upgraded.</source>
        <translation>이전 버전(스키마 %1)에서 만든 백업이라 최신 스키마로 업그레이드했습니다.</translation>
    </message>
    <message>
        <source>create an administrator (and the organization)</source>
        <translation>관리자(와 기관) 만들기</translation>
    </message>
    <message>
        <source>Create an administrator account. The organization is created when no organization has that name yet.</source>
        <translation>관리자 계정을 만듭니다. 그 이름의 기관이 아직 없으면 기관도 만듭니다.</translation>
    </message>
    <message>
        <source>the administrator&apos;s name</source>
        <translation>관리자 이름</translation>
    </message>
    <message>
        <source>organization name, e.g. &quot;서울고등학교&quot;</source>
        <translation>기관 이름, 예: &quot;서울고등학교&quot;</translation>
    </message>
    <message>
        <source>initial password (asked for when omitted)</source>
        <translation>처음 비밀번호 (생략하면 물어봄)</translation>
    </message>
    <message>
        <source>no password given (use --password or type it on stdin)</source>
        <translation>비밀번호가 없습니다(--password를 쓰거나 표준 입력으로 입력하세요)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>비밀번호 다시 입력: </translation>
    </message>
    <message>
        <source>the passwords do not match; nothing was created</source>
        <translation>비밀번호가 서로 다릅니다. 아무것도 만들지 않았습니다</translation>
    </message>
    <message>
        <source>Created organization &apos;%1&apos; (id %2).</source>
        <translation>기관 &apos;%1&apos;(id %2)을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Created administrator %1 &lt;%2&gt; (id %3) in &apos;%4&apos;.</source>
        <translation>&apos;%4&apos;에 관리자 %1 &lt;%2&gt;(id %3)을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>owner URL of the school&apos;s PostgreSQL (default: DREAMSEED_DATABASE_URL, the settings file, or the embedded database on this PC)</source>
        <translation>학교 PostgreSQL의 소유자 URL (기본값: DREAMSEED_DATABASE_URL, 설정 파일, 또는 이 PC의 내장 데이터베이스)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos;은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>must be at least 1 (got %1)</source>
        <translation>1 이상이어야 합니다(받은 값 %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; give a file name inside it</source>
        <translation>&apos;%1&apos;은(는) 폴더입니다. 그 안의 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; does not exist; create it first or choose another file</source>
        <translation>폴더 &apos;%1&apos;이(가) 없습니다. 먼저 만들거나 다른 파일을 고르세요</translation>
    </message>
    <message>
        <source>database schema</source>
        <translation>데이터베이스 스키마</translation>
    </message>
    <message>
        <source>migrate the database to the newest schema</source>
        <translation>데이터베이스를 최신 스키마로 마이그레이션</translation>
    </message>
    <message>
        <source>upgrade only up to this revision (default: head); never downgrades</source>
        <translation>이 리비전까지만 업그레이드 (기본값: head). 다운그레이드는 하지 않음</translation>
    </message>
    <message>
        <source>show the schema revision and whether it is current</source>
        <translation>스키마 리비전과 최신인지 보기</translation>
    </message>
    <message>
        <source>this program has no schema revision &apos;%1&apos; (known: %2). Nothing was changed.</source>
        <translation>이 프로그램에는 스키마 리비전 &apos;%1&apos;이(가) 없습니다(아는 리비전: %2). 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>The database is already at revision %1. Nothing was changed.</source>
        <translation>데이터베이스가 이미 리비전 %1입니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>The database is already at revision %1, which is newer than %2; this command never downgrades. Nothing was changed.</source>
        <translation>데이터베이스가 이미 %2보다 새로운 리비전 %1입니다. 이 명령은 다운그레이드하지 않습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Database upgraded from %1 to %2.</source>
        <translation>데이터베이스를 %1에서 %2(으)로 업그레이드했습니다.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Database schema is up to date (revision %1).</source>
        <translation>데이터베이스 스키마가 최신입니다(리비전 %1).</translation>
    </message>
    <message>
        <source>The database has no DreamSeed schema yet. Run: %1</source>
        <translation>데이터베이스에 아직 DreamSeed 스키마가 없습니다. 실행하세요: %1</translation>
    </message>
    <message>
        <source>The database schema is at revision %1, which this program does not know (it needs %2): the database was made by a newer DreamSeed version or by a development build. Install the DreamSeed version that made it (or a newer one), or restore a backup made with this version; upgrading cannot help.</source>
        <translation>데이터베이스 스키마가 이 프로그램이 모르는 리비전 %1입니다(필요한 리비전: %2). 더 새로운 DreamSeed 버전이나 개발 빌드가 만든 데이터베이스입니다. 그 DreamSeed 버전(또는 더 새 버전)을 설치하거나, 이 버전으로 만든 백업을 복원하세요. 업그레이드로는 해결되지 않습니다.</translation>
    </message>
    <message>
        <source>The database schema is at revision %1, this program needs %2. Ask your administrator to run: %3</source>
        <translation>데이터베이스 스키마는 리비전 %1이고 이 프로그램에는 %2이(가) 필요합니다. 관리자에게 다음을 실행해 달라고 하세요: %3</translation>
    </message>
    <message>
        <source>current: %1</source>
        <translation>현재: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>head:    %1</source>
        <translation>최신: %1</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>데모 데이터</translation>
    </message>
    <message>
        <source>create the demo school 서울고등학교 (staff, students, classes, item bank, exam results); does nothing when it exists already</source>
        <translation>데모 학교 서울고등학교 만들기 (교직원, 학생, 학급, 문항 은행, 시험 결과). 이미 있으면 아무것도 하지 않음</translation>
    </message>
    <message>
        <source>number of students (default 120)</source>
        <translation>학생 수 (기본값 120)</translation>
    </message>
    <message>
        <source>random seed (default 42)</source>
        <translation>난수 시드 (기본값 42)</translation>
    </message>
    <message>
        <source>Created the demo school %1 in %2 s:</source>
        <translation>데모 학교 %1을(를) %2초 만에 만들었습니다:</translation>
    </message>
    <message>
        <source>The demo school %1 exists already; nothing was changed.</source>
        <translation>데모 학교 %1이(가) 이미 있습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>%1 teachers, %2 students, %3 classes, %4 items, %5 exam sessions, %6 answers</source>
        <translation>교사 %1명, 학생 %2명, 학급 %3개, 문항 %4개, 응시 %5회, 답안 %6개</translation>
    </message>
    <message>
        <source>Sign in as admin:</source>
        <translation>관리자로 로그인:</translation>
    </message>
    <message>
        <source>email:    %1</source>
        <translation>이메일:   %1</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>비밀번호: %1</translation>
    </message>
    <message>
        <source>Teachers: %1</source>
        <translation>교사: %1</translation>
    </message>
    <message>
        <source>Students: %1 ... (every demo account uses the password %2)</source>
        <translation>학생: %1 ... (모든 데모 계정의 비밀번호는 %2)</translation>
    </message>
    <message>
        <source>import data from files</source>
        <translation>파일에서 데이터 가져오기</translation>
    </message>
    <message>
        <source>import calibrated items into the bank from a CSV file (all or nothing)</source>
        <translation>보정된 문항을 CSV 파일에서 문항 은행으로 가져오기 (전부 아니면 없음)</translation>
    </message>
    <message>
        <source>Columns: %1 (required: %2); one cell per choice (choice_1, choice_2, ... without gaps), key = number of the correct choice. The old single &apos;choices&apos; column (separated by &apos;|&apos;) is still read, but not for items whose choices contain &apos;|&apos;. Any bad row aborts the whole import; every bad row is printed with its line number.</source>
        <translation>열: %1 (필수: %2). 보기마다 칸 하나(choice_1, choice_2, … 빈칸 없이), key = 정답 보기의 번호. 예전의 &apos;choices&apos; 한 열(&apos;|&apos;로 구분)도 읽지만, 보기에 &apos;|&apos;가 들어 있는 문항은 읽지 않습니다. 잘못된 행이 하나라도 있으면 아무것도 가져오지 않으며, 잘못된 행마다 줄 번호와 함께 출력합니다.</translation>
    </message>
    <message>
        <source>the items CSV file</source>
        <translation>문항 CSV 파일</translation>
    </message>
    <message>
        <source>update items whose item_id is already in the bank (new parameters start a new bank version) instead of refusing them</source>
        <translation>이미 은행에 있는 item_id의 문항을 거부하지 않고 고침 (새 모수는 새 은행 버전이 됨)</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>무엇이 바뀔지 보여 주고 아무것도 바꾸지 않음</translation>
    </message>
    <message>
        <source>export data to files</source>
        <translation>데이터를 파일로 내보내기</translation>
    </message>
    <message>
        <source>export the item bank (with keys) as CSV</source>
        <translation>문항 은행(정답 포함)을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Would import: %1 new, %2 updated, %3 unchanged (dry run: nothing was changed).</source>
        <translation>가져올 내용: 새 문항 %1개, 고침 %2개, 그대로 %3개 (시험 실행: 바뀐 것은 없습니다).</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>가져왔습니다: 새 문항 %1개, 고침 %2개, 그대로 %3개.</translation>
    </message>
    <message>
        <source>Wrote %1 items to %2.</source>
        <translation>문항 %1개를 %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>lab-PC exam mode: connection and proctor quit password</source>
        <translation>실습실 PC 시험 모드: 연결과 감독 종료 비밀번호</translation>
    </message>
    <message>
        <source>choose the database so the first-run dialog is skipped</source>
        <translation>데이터베이스를 정해 첫 실행 대화상자를 건너뜀</translation>
    </message>
    <message>
        <source>client URL of the school server</source>
        <translation>학교 서버의 클라이언트 URL</translation>
    </message>
    <message>
        <source>use the embedded database on this PC</source>
        <translation>이 PC의 내장 데이터베이스 사용</translation>
    </message>
    <message>
        <source>this PC&apos;s proctor password to leave the exam window</source>
        <translation>시험 창을 나갈 때 쓰는 이 PC의 감독 비밀번호</translation>
    </message>
    <message>
        <source>asked for when omitted</source>
        <translation>생략하면 물어봅니다</translation>
    </message>
    <message>
        <source>remove this PC&apos;s quit password</source>
        <translation>이 PC의 종료 비밀번호 지우기</translation>
    </message>
    <message>
        <source>the school whose students sign in by 학번 on this PC (a server with several schools)</source>
        <translation>이 PC에서 학번으로 로그인하는 학생의 학교 (학교가 여럿인 서버)</translation>
    </message>
    <message>
        <source>the school&apos;s name (as on the server) or id</source>
        <translation>학교 이름(서버에 있는 그대로) 또는 id</translation>
    </message>
    <message>
        <source>let students choose the school again</source>
        <translation>학생이 다시 학교를 고르게 함</translation>
    </message>
    <message>
        <source>print where the settings, the journal and the database live</source>
        <translation>설정, 답안 기록, 데이터베이스가 있는 곳 보기</translation>
    </message>
    <message>
        <source>settings folder of the exam account</source>
        <translation>시험용 계정의 설정 폴더</translation>
    </message>
    <message>
        <source>Saved %1: database = %2</source>
        <translation>%1에 저장했습니다: 데이터베이스 = %2</translation>
    </message>
    <message>
        <source>this PC (embedded)</source>
        <translation>이 PC(내장)</translation>
    </message>
    <message>
        <source>Removed this PC&apos;s school from %1.</source>
        <translation>이 PC의 학교 설정을 %1에서 지웠습니다.</translation>
    </message>
    <message>
        <source>Saved %1: students on this PC sign in at %2.</source>
        <translation>%1에 저장했습니다: 이 PC에서는 %2 학생이 로그인합니다.</translation>
    </message>
    <message>
        <source>Removed this PC&apos;s quit password from %1.</source>
        <translation>%1에서 이 PC의 종료 비밀번호를 지웠습니다.</translation>
    </message>
    <message>
        <source>Proctor quit password: </source>
        <translation>감독 종료 비밀번호: </translation>
    </message>
    <message>
        <source>Saved the quit password hash in %1.</source>
        <translation>종료 비밀번호 해시를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>settings file:  %1</source>
        <translation>설정 파일:      %1</translation>
    </message>
    <message>
        <source>data folder:    %1   (DREAMSEED_DATA_DIR)</source>
        <translation>데이터 폴더:    %1   (DREAMSEED_DATA_DIR)</translation>
    </message>
    <message>
        <source>answer journal: %1</source>
        <translation>답안 기록:      %1</translation>
    </message>
    <message>
        <source>embedded db:    %1</source>
        <translation>내장 DB:        %1</translation>
    </message>
    <message>
        <source>database:       %1 (chosen: %2)</source>
        <translation>데이터베이스:   %1 (선택함: %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>quit password:  %1</source>
        <translation>종료 비밀번호:  %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>정함</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>정하지 않음</translation>
    </message>
    <message>
        <source>import students and teachers from a CSV file (all or nothing)</source>
        <translation>CSV 파일에서 학생과 교사 가져오기 (전부 아니면 없음)</translation>
    </message>
    <message>
        <source>Headers such as 이름/name, 이메일/email, 학번/student_number, 학년/grade, 반/class, 역할/role, 과목/subject are recognised. Any bad row aborts the whole import; every bad row is printed with its line number.</source>
        <translation>이름/name, 이메일/email, 학번/student_number, 학년/grade, 반/class, 역할/role, 과목/subject 같은 머리글을 알아봅니다. 잘못된 행이 하나라도 있으면 전체를 가져오지 않고, 잘못된 행을 모두 행 번호와 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>organization (name or id) the people belong to</source>
        <translation>사람들이 속한 기관 (이름 또는 id)</translation>
    </message>
    <message>
        <source>use column HEADER for FIELD (name, email, role, student_number, grade, class, subject); repeatable</source>
        <translation>필드(name, email, role, student_number, grade, class, subject)에 머리글 HEADER 열을 씀. 여러 번 쓸 수 있음</translation>
    </message>
    <message>
        <source>list every row (default: the first %1)</source>
        <translation>모든 행을 보여 줌 (기본값: 처음 %1개)</translation>
    </message>
    <message>
        <source>export a class or organization roster as CSV (UTF-8 with BOM)</source>
        <translation>학급이나 기관의 명단을 CSV(BOM이 있는 UTF-8)로 내보내기</translation>
    </message>
    <message>
        <source>organization name or id</source>
        <translation>기관 이름 또는 id</translation>
    </message>
    <message>
        <source>%1 row(s) have problems; nothing was imported.</source>
        <translation>%1개 행에 문제가 있어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>시험 실행: 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 enrollments added.</source>
        <translation>가져왔습니다: %1명 만듦, %2명 고침, %3명 그대로, 학급 등록 %4건 추가.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>인코딩: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>열: %1</translation>
    </message>
    <message>
        <source>line %1: create %2 %3</source>
        <translation>%1행: %2 %3 만들기</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1학년</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>번호 %1</translation>
    </message>
    <message>
        <source>line %1: update %2: %3</source>
        <translation>%1행: %2 고치기: %3</translation>
    </message>
    <message>
        <source>line %1: enroll %2 in %3</source>
        <translation>%1행: %2을(를) %3에 등록</translation>
    </message>
    <message>
        <source>... and %1 more (use --all to list them)</source>
        <translation>... 그 밖에 %1개 (모두 보려면 --all)</translation>
    </message>
    <message>
        <source>Rows: %1; would create %2, update %3, leave %4 unchanged, add %5 enrollments.</source>
        <translation>행 %1개: %2명 만들고, %3명 고치고, %4명은 그대로 두고, 학급 등록 %5건을 추가합니다.</translation>
    </message>
    <message>
        <source>Wrote %1 people to %2.</source>
        <translation>%1명을 %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>client role, sign-in settings and hardening checks</source>
        <translation>클라이언트 역할, 로그인 설정, 보안 강화 점검</translation>
    </message>
    <message>
        <source>change the password of a client login role (dreamseed_staff or dreamseed_student)</source>
        <translation>클라이언트 로그인 역할(dreamseed_staff 또는 dreamseed_student)의 비밀번호 바꾸기</translation>
    </message>
    <message>
        <source>which login role (default: staff)</source>
        <translation>어느 로그인 역할 (기본값: staff)</translation>
    </message>
    <message>
        <source>new password (asked for when omitted)</source>
        <translation>새 비밀번호 (생략하면 물어봄)</translation>
    </message>
    <message>
        <source>verify roles, FORCE RLS, definer functions, grants, settings planted on client roles and server logging</source>
        <translation>역할, FORCE RLS, definer 함수, 권한, 클라이언트 역할에 심어 둔 설정, 서버 로그 설정 점검</translation>
    </message>
    <message>
        <source>clear settings planted on client roles and the database, revoke what clients must not have (built-ins need a superuser URL), then check again</source>
        <translation>클라이언트 역할과 데이터베이스에 심어 둔 설정을 지우고, 클라이언트가 가지면 안 되는 권한을 회수한 뒤(내장 함수는 슈퍼유저 URL 필요) 다시 점검</translation>
    </message>
    <message>
        <source>show or change sign-in and exam-server settings</source>
        <translation>로그인과 시험 서버 설정 보기 또는 바꾸기</translation>
    </message>
    <message>
        <source>change a setting (%1)</source>
        <translation>설정 바꾸기 (%1)</translation>
    </message>
    <message>
        <source>lift the sign-in lockout of an account</source>
        <translation>계정의 로그인 잠금 풀기</translation>
    </message>
    <message>
        <source>New client password: </source>
        <translation>새 클라이언트 비밀번호: </translation>
    </message>
    <message>
        <source>The client password must have at least 8 characters. Nothing was changed.</source>
        <translation>클라이언트 비밀번호는 8자 이상이어야 합니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>The %1 password was changed. Put the new one in the settings of every lab PC.</source>
        <translation>%1 비밀번호를 바꿨습니다. 모든 실습실 PC의 설정에 새 비밀번호를 넣으세요.</translation>
    </message>
    <message>
        <source>The %1 password was changed. Put the new one in the settings of every staff PC.</source>
        <translation>%1 비밀번호를 바꿨습니다. 모든 교직원 PC의 설정에 새 비밀번호를 넣으세요.</translation>
    </message>
    <message>
        <source>fixed: %1</source>
        <translation>고침: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Security check passed.</source>
        <translation>보안 점검을 통과했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>문제 %n건을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 problem(s) found.</source>
        <translation type="vanished">문제를 %1개 찾았습니다.</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2). Nothing was changed.</source>
        <translation>알 수 없는 설정 &apos;%1&apos;입니다(아는 설정: %2). 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>%1 needs a number. Nothing was changed.</source>
        <translation>%1에는 숫자가 필요합니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3. Nothing was changed.</source>
        <translation>%1은(는) %2에서 %3 사이여야 합니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation>계정 잠금을 풀었습니다.</translation>
    </message>
    <message>
        <source>That account was not locked.</source>
        <translation>그 계정은 잠겨 있지 않았습니다.</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <extracomment>what the operating system said, for the errors a file or folder gives most often</extracomment>
        <translation>파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>경로의 일부가 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8 CSV and try again)</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다(UTF-8 CSV로 저장한 뒤 다시 하세요)</translation>
    </message>
    <message>
        <source>the design file is not valid JSON (line %1, column %2)</source>
        <translation>설계 파일이 올바른 JSON이 아닙니다(%1행, %2열)</translation>
    </message>
    <message>
        <source>a required column or key is missing: %1</source>
        <translation>필요한 열이나 키가 없습니다: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; to see what it accepts.</source>
        <translation>무엇을 받는지 보려면 &apos;%1 --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>--a-prior must be &apos;none&apos; or &apos;lognormal:SD&apos; with SD &gt; 0, not &apos;%1&apos;</source>
        <translation>--a-prior는 &apos;none&apos; 또는 &apos;lognormal:SD&apos;(SD &gt; 0)여야 합니다. 받은 값: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--c-prior must be &apos;none&apos; or &apos;beta:A,B&apos; with A, B &gt;= 1, not &apos;%1&apos;</source>
        <translation>--c-prior는 &apos;none&apos; 또는 &apos;beta:A,B&apos;(A, B &gt;= 1)여야 합니다. 받은 값: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>simulate a CAT design on an item bank</source>
        <translation>문항 은행에서 CAT 설계를 모의실험</translation>
    </message>
    <message>
        <source>Run simulated examinees through a CAT design and report accuracy and exposure.</source>
        <translation>가상 응시자에게 CAT 설계로 검사를 치르게 하고 정확도와 노출률을 보고합니다.</translation>
    </message>
    <message>
        <source>bank CSV: item_id,a,b,c[,subject,grade,strand]</source>
        <translation>문항 은행 CSV: item_id,a,b,c[,subject,grade,strand]</translation>
    </message>
    <message>
        <source>use the generated demo bank with N items</source>
        <translation>문항 N개짜리 데모 문항 은행을 만들어 씀</translation>
    </message>
    <message>
        <source>number of simulees (default 1000)</source>
        <translation>가상 응시자 수 (기본값 1000)</translation>
    </message>
    <message>
        <source>random seed (default 0)</source>
        <translation>난수 시드 (기본값 0)</translation>
    </message>
    <message>
        <source>CAT design as JSON (CatConfig; default: the built-in design)</source>
        <translation>JSON으로 된 CAT 설계 (CatConfig, 기본값: 내장 설계)</translation>
    </message>
    <message>
        <source>mean of the simulated students&apos; true abilities (default: the design&apos;s prior mean)</source>
        <translation>가상 학생들의 참 능력 평균 (기본값: 설계의 사전분포 평균)</translation>
    </message>
    <message>
        <source>SD of the simulated students&apos; true abilities (default: the design&apos;s prior SD)</source>
        <translation>가상 학생들의 참 능력 표준편차 (기본값: 설계의 사전분포 표준편차)</translation>
    </message>
    <message>
        <source>simulees per Sympson-Hetter iteration when parameters must be computed</source>
        <translation>모수를 계산해야 할 때 Sympson-Hetter 반복마다 쓸 가상 응시자 수</translation>
    </message>
    <message>
        <source>Sympson-Hetter iterations</source>
        <translation>Sympson-Hetter 반복 횟수</translation>
    </message>
    <message>
        <source>include every item&apos;s exposure rate</source>
        <translation>문항마다 노출률도 넣음</translation>
    </message>
    <message>
        <source>seed N unscored pretest items into every sitting (0-10; default: the design&apos;s pretest_items); needs --pretest-bank</source>
        <translation>응시마다 채점하지 않는 사전검사 문항 N개를 넣음 (0-10, 기본값: 설계의 pretest_items). --pretest-bank가 필요합니다</translation>
    </message>
    <message>
        <source>the new items to pretest, item_id,a,b,c with their true parameters (ids not in the bank); their answers go to --responses-out, for calibrate --anchors</source>
        <translation>사전검사할 새 문항: 참 모수가 든 item_id,a,b,c (문항 은행에 없는 id). 응답은 --responses-out에 기록되어 calibrate --anchors에 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>where the JSON report goes</source>
        <translation>JSON 보고서를 저장할 곳</translation>
    </message>
    <message>
        <source>also write every simulated answer as person_id,item_id,correct (input for calibrate)</source>
        <translation>모의 응답을 모두 person_id,item_id,correct로도 저장 (calibrate의 입력)</translation>
    </message>
    <message>
        <source>calibrate items (MML-EM) from responses</source>
        <translation>응답으로 문항 보정 (MML-EM)</translation>
    </message>
    <message>
        <source>Marginal maximum likelihood (EM) calibration of 1PL/2PL/3PL items.</source>
        <translation>1PL/2PL/3PL 문항의 주변 최대우도(EM) 보정입니다.</translation>
    </message>
    <message>
        <source>IRT model (default 2pl)</source>
        <translation>IRT 모형 (기본값 2pl)</translation>
    </message>
    <message>
        <source>long format person_id,item_id,correct (may be sparse)</source>
        <translation>긴 형식 person_id,item_id,correct (빠진 응답이 있어도 됨)</translation>
    </message>
    <message>
        <source>where the item parameters go: item_id,a,b,c,se_a,se_b,se_c,fit</source>
        <translation>문항 모수를 저장할 곳: item_id,a,b,c,se_a,se_b,se_c,fit</translation>
    </message>
    <message>
        <source>prior on the discrimination a (2PL/3PL): none, or a normal prior with standard deviation SD on log a (default lognormal:1.5)</source>
        <translation>변별도 a의 사전분포 (2PL/3PL): none, 또는 log a에 표준편차 SD인 정규 사전분포 (기본값 lognormal:1.5)</translation>
    </message>
    <message>
        <source>prior on the guessing c (3PL): none, or Beta(A, B) (default beta:5,17)</source>
        <translation>추측도 c의 사전분포 (3PL): none, 또는 Beta(A, B) (기본값 beta:5,17)</translation>
    </message>
    <message>
        <source>items with fewer answers are left uncalibrated (default %1, as in the psychometrics screen)</source>
        <translation>응답이 이보다 적은 문항은 보정하지 않음 (기본값 %1, 심리측정 화면과 같음)</translation>
    </message>
    <message>
        <source>quadrature points for theta ~ N(0, 1) (default 41)</source>
        <translation>theta ~ N(0, 1)의 구적점 수 (기본값 41)</translation>
    </message>
    <message>
        <source>quadrature nodes span [-R, R] (default 5)</source>
        <translation>구적점 범위 [-R, R] (기본값 5)</translation>
    </message>
    <message>
        <source>fixed-anchor calibration: items of this item_id,a,b[,c] file keep their parameters and the ability distribution is estimated (new items land on the bank&apos;s scale); drifted anchors are released first</source>
        <translation>고정 앵커 보정: 이 item_id,a,b[,c] 파일의 문항은 모수를 유지하고 능력 분포를 추정합니다(새 문항이 문항 은행의 척도에 놓입니다). 표류한 앵커는 먼저 풀어 줍니다</translation>
    </message>
    <message>
        <source>robust z above which an anchor has drifted (default 2.7)</source>
        <translation>앵커가 표류했다고 볼 강건 z값 기준 (기본값 2.7)</translation>
    </message>
    <message>
        <source>...and its displacement differs from the anchors&apos; median by at least this (default 0.3)</source>
        <translation>…그리고 변위가 앵커 중앙값과 적어도 이만큼 다를 때 (기본값 0.3)</translation>
    </message>
    <message>
        <source>keep every anchor fixed</source>
        <translation>모든 앵커를 고정한 채로 둠</translation>
    </message>
    <message>
        <source>at most this many EM iterations (default 500)</source>
        <translation>EM 반복 최대 횟수 (기본값 500)</translation>
    </message>
    <message>
        <source>stop when no parameter changes by more than this (default 0.0001)</source>
        <translation>어떤 모수도 이보다 크게 바뀌지 않으면 멈춤 (기본값 0.0001)</translation>
    </message>
    <message>
        <source>--theta-sd must be a finite number of 0 or more</source>
        <translation>--theta-sd는 0 이상의 유한한 수여야 합니다</translation>
    </message>
    <message>
        <source>--theta-mean must be a finite number</source>
        <translation>--theta-mean은 유한한 수여야 합니다</translation>
    </message>
    <message>
        <source>the design seeds pretest items: give the new items with --pretest-bank</source>
        <translation>설계에 사전검사 문항이 들어 있습니다. 새 문항을 --pretest-bank로 주세요</translation>
    </message>
    <message>
        <source>pretest items must not be in the bank: %1</source>
        <translation>사전검사 문항은 문항 은행에 없어야 합니다: %1</translation>
    </message>
    <message>
        <source>simulees: %1, items: %2; RMSE %3, bias %4, r %5, test length %6 [%7-%8], highest exposure %9, never used %10, overlap %11 -&gt; %12</source>
        <translation>가상 응시자: %1명, 문항: %2개; RMSE %3, 편향 %4, r %5, 검사 길이 %6 [%7-%8], 최고 노출률 %9, 한 번도 안 쓰인 문항 %10, 중복률 %11 -&gt; %12</translation>
    </message>
    <message>
        <source>pretest: %1 per sitting, items: %2, answers per item %3-%4 (unscored: θ, SE and test length as without them)</source>
        <translation>사전검사: 응시마다 %1개, 문항: %2개, 문항당 응답 %3-%4개 (채점하지 않음: θ, SE와 검사 길이는 사전검사 문항이 없을 때와 같음)</translation>
    </message>
    <message>
        <source>--min-answers must be at least 1</source>
        <translation>--min-answers는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>%1 has no responses</source>
        <translation>%1에 응답이 없습니다</translation>
    </message>
    <message>
        <source>no item of %1 was answered: nothing to anchor on</source>
        <translation>%1의 문항 중 응답된 것이 없어 앵커로 쓸 문항이 없습니다</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>수렴함</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>수렴하지 않음</translation>
    </message>
    <message>
        <source>%1: items: %2 (calibrated: %3), persons: %4, answers: %5; priors: a %6, c %7; theta ~ %8, quadrature points: %9 on [-%10, %10]; EM iterations: %11 (%12), log-likelihood %13 -&gt; %14, %15</source>
        <translation>%1: 문항: %2개 (보정됨: %3개), 응답자: %4명, 응답: %5개; 사전분포: a %6, c %7; theta ~ %8, 구적점: [-%10, %10]에 %9개; EM 반복: %11회 (%12), 로그우도 %13 -&gt; %14, %15</translation>
    </message>
    <message>
        <source>N(%1, %2^2), estimated</source>
        <translation>N(%1, %2^2), 추정함</translation>
    </message>
    <message>
        <source>N(0, 1), fixed</source>
        <translation>N(0, 1), 고정</translation>
    </message>
    <message>
        <source>%1 (displacement %2, z %3)</source>
        <translation>%1 (변위 %2, z %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>fixed anchors: %1 items; ability distribution estimated: mean %2, SD %3; drifted anchors released: %4</source>
        <translation>고정 앵커: 문항 %1개; 추정한 능력 분포: 평균 %2, 표준편차 %3; 표류하여 풀어 준 앵커: %4</translation>
    </message>
    <message>
        <source>item %1: left uncalibrated: %2</source>
        <translation>문항 %1: 보정하지 않음: %2</translation>
    </message>
    <message>
        <source>item %1: warning: %2</source>
        <translation>문항 %1: 경고: %2</translation>
    </message>
    <message>
        <source>persons with a single usable answer: %1, with none: %2; they are kept in the marginal likelihood but add almost no information</source>
        <translation>쓸 수 있는 응답이 하나뿐인 응답자: %1명, 하나도 없는 응답자: %2명. 주변 우도에는 남겨 두지만 정보는 거의 더하지 않습니다</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>쓰지 않음</translation>
    </message>
    <message>
        <source>long format person_id,item_id,correct</source>
        <translation>긴 형식 person_id,item_id,correct</translation>
    </message>
    <message>
        <source>item fit: S-X2 with p-value, infit/outfit</source>
        <translation>문항 적합도: S-X2와 p값, infit/outfit</translation>
    </message>
    <message>
        <source>Orlando-Thissen S-X2 and infit/outfit of calibrated items.</source>
        <translation>보정된 문항의 Orlando-Thissen S-X2와 infit/outfit입니다.</translation>
    </message>
    <message>
        <source>item_id,a,b[,c] (the output of calibrate, or a bank CSV)</source>
        <translation>item_id,a,b[,c] (calibrate의 결과나 문항 은행 CSV)</translation>
    </message>
    <message>
        <source>model the parameters were estimated with (degrees of freedom)</source>
        <translation>모수를 추정할 때 쓴 모형 (자유도 계산용)</translation>
    </message>
    <message>
        <source>ability estimate used for infit/outfit (default eap)</source>
        <translation>infit/outfit에 쓸 능력 추정치 (기본값 eap)</translation>
    </message>
    <message>
        <source>where the fit table goes (CSV)</source>
        <translation>적합도 표를 저장할 곳 (CSV)</translation>
    </message>
    <message>
        <source>Mantel-Haenszel DIF between two groups (ETS A/B/C)</source>
        <translation>두 집단 사이의 Mantel-Haenszel DIF (ETS A/B/C)</translation>
    </message>
    <message>
        <source>Mantel-Haenszel DIF with ETS classes between two groups.</source>
        <translation>두 집단 사이의 Mantel-Haenszel DIF와 ETS 등급입니다.</translation>
    </message>
    <message>
        <source>each person&apos;s group: person_id,group</source>
        <translation>응답자마다 속한 집단: person_id,group</translation>
    </message>
    <message>
        <source>reference group name</source>
        <translation>기준 집단 이름</translation>
    </message>
    <message>
        <source>focal group name</source>
        <translation>초점 집단 이름</translation>
    </message>
    <message>
        <source>match on EAP θ strata (0.5 wide) instead of number correct (adaptive data)</source>
        <translation>정답 수 대신 EAP θ 구간(폭 0.5)으로 짝지음 (적응형 자료)</translation>
    </message>
    <message>
        <source>where the DIF table goes (CSV)</source>
        <translation>DIF 표를 저장할 곳 (CSV)</translation>
    </message>
    <message>
        <source>marginal reliability and test-information curve</source>
        <translation>주변 신뢰도와 검사 정보 곡선</translation>
    </message>
    <message>
        <source>Marginal reliability of a bank as one test and of a CAT design.</source>
        <translation>문항 은행 전체를 한 검사로 본 주변 신뢰도와 CAT 설계의 주변 신뢰도입니다.</translation>
    </message>
    <message>
        <source>CAT design to simulate</source>
        <translation>모의실험할 CAT 설계</translation>
    </message>
    <message>
        <source>also write the test-information curve: theta,information,se</source>
        <translation>검사 정보 곡선도 저장: theta,information,se</translation>
    </message>
    <message>
        <source>also write the results as JSON</source>
        <translation>결과를 JSON으로도 저장</translation>
    </message>
    <message>
        <source>%1 needs the columns item_id,a,b[,c]</source>
        <translation>%1에는 item_id,a,b[,c] 열이 있어야 합니다</translation>
    </message>
    <message>
        <source>bad parameters for item &apos;%1&apos;</source>
        <translation>문항 &apos;%1&apos;의 모수가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>%1 has no item with parameters</source>
        <translation>%1에 모수가 있는 문항이 없습니다</translation>
    </message>
    <message>
        <source>person &apos;%1&apos; answered item &apos;%2&apos; twice</source>
        <translation>응답자 &apos;%1&apos;이(가) 문항 &apos;%2&apos;에 두 번 답했습니다</translation>
    </message>
    <message>
        <source>no answered item has parameters</source>
        <translation>응답된 문항 중 모수가 있는 문항이 없습니다</translation>
    </message>
    <message>
        <source>items: %1, persons: %2; S-X2 p &lt; 0.01: %3%4; infit/outfit with %5 θ -&gt; %6</source>
        <translation>문항: %1개, 응답자: %2명; S-X2 p &lt; 0.01: %3개%4; %5 θ로 구한 infit/outfit -&gt; %6</translation>
    </message>
    <message>
        <source>note: some persons did not answer every item; S-X2 groups them by number answered. If the items were chosen adaptively, S-X2 is not valid (see docs/cat.md)</source>
        <translation>참고: 모든 문항에 답하지 않은 응답자가 있습니다. S-X2는 응답한 문항 수로 묶습니다. 문항이 적응형으로 골라졌다면 S-X2는 타당하지 않습니다(docs/cat.md 참고)</translation>
    </message>
    <message>
        <source>--reference and --focal must be different groups</source>
        <translation>--reference와 --focal은 서로 다른 집단이어야 합니다</translation>
    </message>
    <message>
        <source>%1 needs the columns person_id,group</source>
        <translation>%1에는 person_id,group 열이 있어야 합니다</translation>
    </message>
    <message>
        <source>no person belongs to the reference or the focal group</source>
        <translation>기준 집단이나 초점 집단에 속한 응답자가 없습니다</translation>
    </message>
    <message>
        <source>no person is in group &apos;%1&apos;</source>
        <translation>집단 &apos;%1&apos;에 속한 응답자가 없습니다</translation>
    </message>
    <message>
        <source>EAP θ strata</source>
        <translation>EAP θ 구간</translation>
    </message>
    <message>
        <source>number correct</source>
        <translation>정답 수</translation>
    </message>
    <message>
        <source>items: %1; reference %2 (%3), focal %4 (%5); matched on %6; ETS A %7, B %8, C %9 -&gt; %10</source>
        <translation>문항: %1개; 기준 집단 %2 (%3명), 초점 집단 %4 (%5명); 짝지은 기준: %6; ETS A %7, B %8, C %9 -&gt; %10</translation>
    </message>
    <message>
        <source>--examinees must be at least 2</source>
        <translation>--examinees는 2 이상이어야 합니다</translation>
    </message>
    <message>
        <source>items: %1; marginal reliability of the whole bank as one test %2</source>
        <translation>문항: %1개; 문항 은행 전체를 한 검사로 본 주변 신뢰도 %2</translation>
    </message>
    <message>
        <source>; CAT design (simulated, simulees: %1, mean test length %2): %3</source>
        <translation>; CAT 설계 (모의실험, 가상 응시자: %1명, 평균 검사 길이 %2): %3</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="vanished">작업자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">작업</translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="vanished">대상</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="vanished">관련 인원</translation>
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
        <source>Class no.</source>
        <translation>반</translation>
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
        <translation>변별도 a</translation>
    </message>
    <message>
        <source>b</source>
        <translation>난이도 b</translation>
    </message>
    <message>
        <source>c</source>
        <translation>추측도 c</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>at most this many classes are drawn in &quot;average θ over time&quot; when none are selected</extracomment>
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
        <source>Seat no.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>학번</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>θ</source>
        <translation type="vanished">θ</translation>
    </message>
    <message>
        <source>SE</source>
        <translation type="vanished">SE</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>사용 시간</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>편의 지원</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">점수</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>문항 수</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>문항</translation>
    </message>
    <message>
        <source>Difficulty b</source>
        <translation>난이도 b</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <source>θ after</source>
        <translation>응답 후 능력(θ)</translation>
    </message>
    <message>
        <source>SE after</source>
        <translation>응답 후 SE</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>how often the exam list refreshes its 응시/완료 counts while it is shown</extracomment>
        <translation>제목</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>응시</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>응답 수</translation>
    </message>
    <message>
        <source>Pretest answers</source>
        <translation>사전 검사 응답 수</translation>
    </message>
    <message>
        <source>Observed p</source>
        <translation>실제 정답률</translation>
    </message>
    <message>
        <source>Expected p</source>
        <translation>기대 정답률</translation>
    </message>
    <message>
        <source>Infit</source>
        <translation>내적합(Infit)</translation>
    </message>
    <message>
        <source>Outfit</source>
        <translation>외적합(Outfit)</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>노출률</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">번호</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>채택</translation>
    </message>
    <message>
        <source>a old</source>
        <translation>기존 a</translation>
    </message>
    <message>
        <source>a new (SE)</source>
        <translation>새 a (표준오차)</translation>
    </message>
    <message>
        <source>b old</source>
        <translation>기존 b</translation>
    </message>
    <message>
        <source>b new (SE)</source>
        <translation>새 b (표준오차)</translation>
    </message>
    <message>
        <source>c old</source>
        <translation>기존 c</translation>
    </message>
    <message>
        <source>c new (SE)</source>
        <translation>새 c (표준오차)</translation>
    </message>
    <message>
        <source>Fit (RMSD)</source>
        <translation>적합도 (RMSD)</translation>
    </message>
    <message>
        <source>Anchor displacement</source>
        <translation>앵커 변위</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Correct / answered</source>
        <translation>맞힌 문항 / 푼 문항</translation>
    </message>
    <message>
        <source>% correct</source>
        <translation>정답률(%)</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>능력(θ)</translation>
    </message>
    <message>
        <source>SE of θ</source>
        <translation>능력(θ)의 표준오차</translation>
    </message>
    <message>
        <source>95% interval of θ</source>
        <translation>능력(θ)의 95% 구간</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>종료 사유</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>평균 반영</translation>
    </message>
    <message>
        <source>Answers (reference)</source>
        <translation>응답 수 (기준 집단)</translation>
    </message>
    <message>
        <source>Answers (focal)</source>
        <translation>응답 수 (초점 집단)</translation>
    </message>
    <message>
        <source>MH D-DIF</source>
        <translation>MH D-DIF</translation>
    </message>
    <message>
        <source>ETS class</source>
        <translation>ETS 등급</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>응시 수</translation>
    </message>
    <message>
        <source>Counted sessions</source>
        <translation>반영 응시</translation>
    </message>
    <message>
        <source>Mean θ</source>
        <translation>평균 능력(θ)</translation>
    </message>
    <message>
        <source>Mean % correct</source>
        <translation>평균 정답률</translation>
    </message>
</context>
<context>
    <name>CompletionRateChart</name>
    <message>
        <source>Completion rate</source>
        <translation>완료율</translation>
    </message>
    <message>
        <source>Completed (%)</source>
        <translation>완료 (%)</translation>
    </message>
    <message>
        <source>{0:g} of {1:g} finished</source>
        <translation>{1:g}건 중 {0:g}건 완료</translation>
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
        <source>Through a connection poo&amp;ler (PgBouncer, transaction pooling)</source>
        <translation>연결 풀러를 거쳐(PgBouncer, 트랜잭션 풀링)(&amp;L)</translation>
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
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message numerus="yes">
        <source>The demo school&apos;s past exams are still being taken in the background (%1 of %n sittings): the figures are not complete yet and update when it is done.</source>
        <translation>
            <numerusform>데모 학교의 지난 시험을 아직 백그라운드에서 치르는 중입니다(응시 %n건 중 %1건). 통계 수치는 아직 완전하지 않으며, 끝나면 갱신됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo school&apos;s past exams were not all taken (%1 of %n sittings); the rest are taken at the next start.</source>
        <translation>
            <numerusform>데모 학교의 지난 시험을 다 치르지 못했습니다(응시 %n건 중 %1건). 나머지는 다음에 시작할 때 이어서 치릅니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DifTab</name>
    <message>
        <source>Analyse DIF</source>
        <translation>DIF 분석</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>과목:</translation>
    </message>
    <message>
        <source>Reference group:</source>
        <translation>기준 집단:</translation>
    </message>
    <message>
        <source>Focal group:</source>
        <translation>초점 집단:</translation>
    </message>
    <message>
        <source>Min. answers per group:</source>
        <translation>집단별 최소 응답 수:</translation>
    </message>
    <message>
        <source>Mantel–Haenszel DIF: students of the two groups are matched on their final θ; a negative MH D-DIF means the item is harder for the focal group than for reference students of the same ability. ETS classes: A negligible, B moderate, C large.</source>
        <translation>맨텔-헨젤 DIF: 두 집단의 학생을 최종 θ로 짝지어 비교합니다. MH D-DIF가 음수이면 같은 능력의 기준 집단 학생보다 초점 집단에게 더 어려운 문항입니다. ETS 등급: A 무시할 수준, B 중간, C 큼.</translation>
    </message>
    <message>
        <source>DIF by item</source>
        <translation>문항별 DIF</translation>
    </message>
    <message>
        <source>All other classes</source>
        <translation>나머지 모든 학급</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n session(s))</source>
        <translation>
            <numerusform>{0} (시험 %n회)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with enough answers in both groups</source>
        <translation>
            <numerusform>두 집단 모두 응답이 충분한 문항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>A {0}, B {1}, C {2}.</source>
        <translation>A {0}개, B {1}개, C {2}개.</translation>
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
        <translation type="vanished">학년은 1에서 12 사이여야 합니다.</translation>
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
        <source>Only staff can do this.</source>
        <translation>교직원만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>This action cannot be recorded by a client.</source>
        <translation>이 기록은 클라이언트가 남길 수 없습니다.</translation>
    </message>
    <message>
        <source>Only the system administrator can delete organizations.</source>
        <translation>기관은 시스템 관리자만 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only an administrator can delete classes.</source>
        <translation>반은 관리자만 삭제할 수 있습니다.</translation>
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
        <translation type="vanished">인코딩은 auto, utf-8, cp949 중 하나여야 합니다.</translation>
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
        <source>The file is not UTF-8 or CP949 text. Save it from Excel as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>파일이 UTF-8이나 CP949 텍스트가 아닙니다. Excel에서 &apos;CSV UTF-8&apos; 형식으로 저장한 뒤 다시 시도하세요.</translation>
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
        <source>This student&apos;s account is deactivated.</source>
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
        <source>A demo student could not sign in; the demo school was changed by hand.</source>
        <translation>데모 학생이 로그인하지 못했습니다. 데모 학교가 직접 변경되었습니다.</translation>
    </message>
    <message>
        <source>The exam&apos;s number of pretest items must be a whole number from 0 to 10. Ask your teacher.</source>
        <translation>시험의 사전 검사 문항 수는 0에서 10 사이의 정수여야 합니다. 선생님께 문의하세요.</translation>
    </message>
    <message>
        <source>Only teachers and administrators can see item statistics.</source>
        <translation>문항 통계는 교사와 관리자만 볼 수 있습니다.</translation>
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
        <source>The quit password needs at least 8 characters.</source>
        <translation>종료 비밀번호는 8자 이상이어야 합니다.</translation>
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
        <source>Extended time must be between 1 and 3 times the time limit.</source>
        <translation>시간 연장은 제한 시간의 1배에서 3배 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Text size must be between 100 and 300 percent.</source>
        <translation>글자 크기는 100%에서 300% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>This student does not exist or you cannot see them.</source>
        <translation>이 학생이 없거나 볼 수 있는 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Organization {id} does not exist.</source>
        <translation>{id}번 기관을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>An organization named &apos;{name}&apos; already exists.</source>
        <translation>&apos;{name}&apos; 이름의 기관이 이미 있습니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; still has {people} people and {classes} classes. Move or remove them before deleting the organization.</source>
        <translation>&apos;{name}&apos; 기관에 아직 사용자 {people}명과 학급 {classes}개가 있습니다. 기관을 삭제하기 전에 옮기거나 삭제하세요.</translation>
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
        <source>&apos;{value}&apos; is not a grade (use a number from {low} to {high}).</source>
        <translation>올바른 학년이 아닙니다: &apos;{value}&apos; ({low}부터 {high}까지의 숫자를 입력하세요).</translation>
    </message>
    <message>
        <source>Expected text, got {type}.</source>
        <translation>텍스트를 입력해야 하는데 {type} 값이 들어왔습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid id.</source>
        <translation>올바른 ID가 아닙니다: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>The name is too long (at most {max_len} characters).</source>
        <translation>이름이 너무 깁니다(최대 {max_len}자).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not a valid email address.</source>
        <translation>올바른 이메일 주소가 아닙니다: &apos;{email}&apos;</translation>
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
        <source>A class named &apos;{name}&apos; already exists in {year}.</source>
        <translation>{year}학년도에 &apos;{name}&apos; 학급이 이미 있습니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; still has {count} students. Unenroll them before deleting the class.</source>
        <translation>&apos;{name}&apos; 학급에 아직 학생 {count}명이 있습니다. 학급을 삭제하기 전에 학생들의 등록을 해제하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has exam results and cannot be deleted.</source>
        <translation>&apos;{name}&apos; 학급에는 시험 결과가 있어 삭제할 수 없습니다.</translation>
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
        <source>Choice {number} is empty but a later choice is filled.</source>
        <translation>선택지 {number}이(가) 비어 있는데 뒤의 선택지가 채워져 있습니다.</translation>
    </message>
    <message>
        <source>Unknown choice column(s) {columns}: use choice_1 to choice_{high}.</source>
        <translation>알 수 없는 선택지 열: {columns}. choice_1부터 choice_{high}까지 사용하세요.</translation>
    </message>
    <message>
        <source>The file has both a &apos;choices&apos; column and choice_N columns; keep only the choice_N columns.</source>
        <translation>파일에 &apos;choices&apos; 열과 choice_N 열이 모두 있습니다. choice_N 열만 남기세요.</translation>
    </message>
    <message>
        <source>The column(s) {columns} appear more than once.</source>
        <translation>열이 두 번 이상 있습니다: {columns}.</translation>
    </message>
    <message>
        <source>Item {code} has a choice containing &apos;|&apos;, which the old &apos;choices&apos; column cannot hold; use the columns choice_1 to choice_{high} (as the export writes them).</source>
        <translation>문항 {code}의 선택지에 &apos;|&apos;가 있어 예전 &apos;choices&apos; 열로는 나타낼 수 없습니다. 내보내기 파일처럼 choice_1부터 choice_{high}까지의 열을 사용하세요.</translation>
    </message>
    <message>
        <source>The file is not valid CSV ({reason}).</source>
        <translation>올바른 CSV 파일이 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>The request had more values than the database accepts at once (65,535). Nothing was saved. Do it in smaller parts.</source>
        <translation type="vanished">요청에 데이터베이스가 한 번에 받을 수 있는 값(65,535개)보다 많은 값이 있었습니다. 아무것도 저장하지 않았습니다. 더 작게 나누어 하세요.</translation>
    </message>
    <message>
        <source>The database could not run this request. Nothing was saved.</source>
        <translation>데이터베이스가 이 요청을 실행하지 못했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no organization named &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos;(이)라는 기관이 없습니다.</translation>
    </message>
    <message>
        <source>--map needs FIELD=HEADER, got &apos;{pair}&apos;.</source>
        <translation>--map에는 필드=머리글 형식이 필요합니다. 받은 값: &apos;{pair}&apos;.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path}에 쓸 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Use at least 8 characters: students can read the hash on this PC.</source>
        <translation>8자 이상으로 정하세요. 학생이 이 PC에서 해시를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>The database on this PC stopped and has been started again. Try again; if you were saving something, check that it was saved.</source>
        <translation>이 PC의 데이터베이스가 멈췄다가 다시 시작되었습니다. 다시 시도하세요. 무언가를 저장하던 중이었다면 저장되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>The database on this PC has stopped and could not be started again. Close DreamSeed and start it again; if that does not help, restart the PC.</source>
        <translation>이 PC의 데이터베이스가 멈췄고 다시 시작하지 못했습니다. DreamSeed를 닫았다가 다시 실행하세요. 그래도 안 되면 PC를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The database on this PC did not answer. Try again in a moment; if this keeps happening, close DreamSeed and start it again.</source>
        <translation>이 PC의 데이터베이스가 응답하지 않았습니다. 잠시 후 다시 시도하세요. 계속 그러면 DreamSeed를 닫았다가 다시 실행하세요.</translation>
    </message>
    <message>
        <source>The backup could not be completed.</source>
        <translation>백업을 마치지 못했습니다.</translation>
    </message>
    <message>
        <source>The file {path} is not a usable DreamSeed backup ({why_label}). Nothing was changed. Use another backup file.</source>
        <translation>{path} 파일은 쓸 수 있는 DreamSeed 백업이 아닙니다({why_label}). 바뀐 것은 없습니다. 다른 백업 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>백업 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer DreamSeed version (backup format {format}). Install that version, or a newer one, and restore with it. Nothing was changed.</source>
        <translation>백업 {path}은(는) 더 새로운 DreamSeed 버전에서 만들었습니다(백업 형식 {format}). 그 버전이나 더 새 버전을 설치해서 복원하세요. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>The database tool failed: {detail}. Nothing was changed. Check that there is free disk space and try again.</source>
        <translation>데이터베이스 도구가 실패했습니다: {detail}. 바뀐 것은 없습니다. 디스크 공간이 남아 있는지 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be created ({detail}). Choose another folder.</source>
        <translation type="vanished">백업 폴더 {folder}을(를) 만들 수 없습니다({detail}). 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: the database has no DreamSeed data.</source>
        <translation>아직 백업할 것이 없습니다: 데이터베이스에 DreamSeed 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>This database user may not read every row, so the backup would be incomplete. Use the backup role (BYPASSRLS) or the superuser; see docs/school-server.md.</source>
        <translation>이 데이터베이스 사용자는 모든 행을 읽을 수 없어 백업이 불완전해집니다. 백업 역할(BYPASSRLS)이나 슈퍼유저를 사용하세요. docs/school-server.md를 보세요.</translation>
    </message>
    <message>
        <source>The database could not be reached for the backup ({detail}). Nothing was written.</source>
        <translation>백업하려고 데이터베이스에 연결하지 못했습니다({detail}). 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({detail}). Free some disk space or choose another folder.</source>
        <translation type="vanished">백업을 {folder}에 쓰지 못했습니다({detail}). 디스크 공간을 비우거나 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>The backup {path} holds no DreamSeed data (no schema revision). Nothing was changed. Use another backup file.</source>
        <translation>백업 {path}에는 DreamSeed 데이터가 없습니다(스키마 리비전 없음). 바뀐 것은 없습니다. 다른 백업 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer DreamSeed version (schema revision {revision}; this program knows up to {head}). Install that version, or a newer one, and restore with it. Nothing was changed.</source>
        <translation>백업 {path}은(는) 더 새로운 DreamSeed 버전에서 만들었습니다(스키마 리비전 {revision}, 이 프로그램은 {head}까지 압니다). 그 버전이나 더 새 버전을 설치해서 복원하세요. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>A new database for the restore could not be created ({detail}). Nothing was changed. Restore as the database superuser.</source>
        <translation>복원할 새 데이터베이스를 만들지 못했습니다({detail}). 바뀐 것은 없습니다. 데이터베이스 슈퍼유저로 복원하세요.</translation>
    </message>
    <message>
        <source>The restored copy does not match the backup (tables: {tables}). Nothing was changed. Use another backup file.</source>
        <translation>복원한 사본이 백업과 다릅니다(테이블: {tables}). 바뀐 것은 없습니다. 다른 백업 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>The DreamSeed database roles do not exist on this server yet. Run &apos;dreamseed-admin db upgrade&apos; on an empty database first (it creates them), then restore. Nothing was changed.</source>
        <translation>이 서버에는 아직 DreamSeed 데이터베이스 역할이 없습니다. 먼저 빈 데이터베이스에 &apos;dreamseed-admin db upgrade&apos;를 실행해 역할을 만든 다음 복원하세요. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>the file is unreadable or incomplete</source>
        <translation>파일을 읽을 수 없거나 불완전합니다</translation>
    </message>
    <message>
        <source>it has no manifest</source>
        <translation>목록(manifest)이 없습니다</translation>
    </message>
    <message>
        <source>it holds no database dump</source>
        <translation>데이터베이스 덤프가 없습니다</translation>
    </message>
    <message>
        <source>its checksum does not match: the file is damaged or incomplete</source>
        <translation>체크섬이 맞지 않습니다: 파일이 손상되었거나 불완전합니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없음</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 참</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용임</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>폴더가 없음</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>경로의 일부가 폴더가 아님</translation>
    </message>
    <message>
        <source>Say whether the answer is right or wrong.</source>
        <translation>답이 맞았는지 틀렸는지 정해 주세요.</translation>
    </message>
    <message>
        <source>Give a reason for the correction.</source>
        <translation>정정 사유를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Answer not found.</source>
        <translation>답안을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The answer is already marked that way; nothing was changed.</source>
        <translation>이미 그렇게 채점되어 있어 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>This student&apos;s time already runs until the exam closes. To give more time, move the exam&apos;s closing time first.</source>
        <translation>이 학생의 시간은 이미 시험 마감 시각까지입니다. 시간을 더 주려면 먼저 시험 마감 시각을 늦추세요.</translation>
    </message>
    <message>
        <source>a client write policy on exam_sessions or attempts remains</source>
        <translation>exam_sessions 또는 attempts에 클라이언트 쓰기 정책이 남아 있습니다</translation>
    </message>
    <message>
        <source>Students sign in at a test station (lab PC). This PC is set up for staff, so it cannot sign students in.</source>
        <translation>학생은 시험용 PC(실습실 PC)에서 로그인합니다. 이 PC는 교직원용으로 설정되어 있어 학생이 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>a client role can still write exam_sessions or attempts</source>
        <translation>클라이언트 역할이 아직 exam_sessions 또는 attempts에 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>The last answer is still being recorded. Please try again.</source>
        <translation>마지막 답안을 아직 저장하는 중입니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A formula is not closed: every $ needs a second $ (write \$ for a dollar sign).</source>
        <translation>수식이 닫히지 않았습니다. $ 뒤에는 $가 하나 더 있어야 합니다(달러 기호는 \$로 쓰세요).</translation>
    </message>
    <message>
        <source>A passage needs a text of at most 20000 characters.</source>
        <translation>지문 본문은 20000자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>A passage needs a title of at most 200 characters.</source>
        <translation>지문 제목은 200자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>An SVG picture needs a width and height (or a viewBox).</source>
        <translation>SVG 그림에는 너비와 높이(또는 viewBox)가 있어야 합니다.</translation>
    </message>
    <message>
        <source>An image may be at most 1 MB.</source>
        <translation>그림은 1MB 이하여야 합니다.</translation>
    </message>
    <message>
        <source>An image may be at most 4096 pixels wide and high.</source>
        <translation>그림의 너비와 높이는 4096픽셀 이하여야 합니다.</translation>
    </message>
    <message>
        <source>An image of this item is missing; insert it again.</source>
        <translation>이 문항의 그림을 찾을 수 없습니다. 다시 넣어 주세요.</translation>
    </message>
    <message>
        <source>An item needs between 2 and 10 choices.</source>
        <translation>문항에는 선택지가 2개에서 10개까지 있어야 합니다.</translation>
    </message>
    <message>
        <source>Every choice needs a text of at most 2000 characters.</source>
        <translation>모든 선택지에 2000자 이하의 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Every picture needs a short description (alternative text) for students who cannot see it.</source>
        <translation>그림을 볼 수 없는 학생을 위해 모든 그림에 짧은 설명(대체 텍스트)이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Images must be PNG, JPEG or SVG.</source>
        <translation>그림은 PNG, JPEG 또는 SVG 파일이어야 합니다.</translation>
    </message>
    <message>
        <source>Only a version submitted for review can be approved or sent back.</source>
        <translation>검토 요청된 버전만 승인하거나 돌려보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Only an administrator can approve items.</source>
        <translation>관리자만 문항을 승인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only teachers and administrators can write items.</source>
        <translation>교사와 관리자만 문항을 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>The answer key must be one of the choices.</source>
        <translation>정답은 선택지 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The formula ${formula}$ cannot be drawn ({problem}).</source>
        <translation>수식 ${formula}$을(를) 그릴 수 없습니다({problem}).</translation>
    </message>
    <message>
        <source>The image was not found.</source>
        <translation>그림을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The passage was not found.</source>
        <translation>지문을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The picture description is too long (at most {max_len} characters).</source>
        <translation>그림 설명이 너무 깁니다({max_len}자 이하).</translation>
    </message>
    <message>
        <source>This SVG picture contains scripts or embedded content and was refused.</source>
        <translation>이 SVG 그림에는 스크립트나 포함된 콘텐츠가 있어 거부되었습니다.</translation>
    </message>
    <message>
        <source>This SVG picture refers to outside files; embed the picture instead.</source>
        <translation>이 SVG 그림은 외부 파일을 참조합니다. 그림을 파일 안에 넣어 주세요.</translation>
    </message>
    <message>
        <source>A picture of this question arrived damaged. Please try again.</source>
        <translation>이 문제의 그림이 손상되어 도착했습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>An item with the code {code} already exists.</source>
        <translation>코드가 {code}인 문항이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Only items with one choice interaction can be imported (found: {kinds}).</source>
        <translation>선택형 상호작용이 하나인 문항만 가져올 수 있습니다(발견: {kinds}).</translation>
    </message>
    <message>
        <source>Only single-answer choice items can be imported.</source>
        <translation>정답이 하나인 선택형 문항만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>The choice interaction is nested in other content.</source>
        <translation>선택형 상호작용이 다른 내용 안에 들어 있습니다.</translation>
    </message>
    <message>
        <source>The correct answer names no choice of the item.</source>
        <translation>정답이 문항의 어느 선택지도 가리키지 않습니다.</translation>
    </message>
    <message>
        <source>The file is not a QTI assessmentItem.</source>
        <translation>이 파일은 QTI assessmentItem이 아닙니다.</translation>
    </message>
    <message>
        <source>The file is not a QTI package (zip).</source>
        <translation>이 파일은 QTI 패키지(zip)가 아닙니다.</translation>
    </message>
    <message>
        <source>The file {href} is missing from the package.</source>
        <translation>패키지에 {href} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The formula uses MathML &lt;{tag}&gt;, which cannot be converted.</source>
        <translation>수식에 변환할 수 없는 MathML &lt;{tag}&gt;가 있습니다.</translation>
    </message>
    <message>
        <source>The item file is not valid XML.</source>
        <translation>문항 파일이 올바른 XML이 아닙니다.</translation>
    </message>
    <message>
        <source>The item has no itemBody.</source>
        <translation>문항에 itemBody가 없습니다.</translation>
    </message>
    <message>
        <source>The item has no question text.</source>
        <translation>문항에 문제 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The item has no single correct answer.</source>
        <translation>문항에 정답이 하나로 정해져 있지 않습니다.</translation>
    </message>
    <message>
        <source>The item uses &lt;{tag}&gt;, which cannot be imported.</source>
        <translation>문항에 가져올 수 없는 &lt;{tag}&gt;가 있습니다.</translation>
    </message>
    <message>
        <source>The package does not say the item&apos;s subject; choose one for the import.</source>
        <translation>패키지에 문항의 과목이 없습니다. 가져올 과목을 선택하세요.</translation>
    </message>
    <message>
        <source>The package has no QTI items.</source>
        <translation>패키지에 QTI 문항이 없습니다.</translation>
    </message>
    <message>
        <source>The package has no imsmanifest.xml.</source>
        <translation>패키지에 imsmanifest.xml이 없습니다.</translation>
    </message>
    <message>
        <source>The package is too large to import.</source>
        <translation>패키지가 너무 커서 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The package&apos;s imsmanifest.xml is not valid XML.</source>
        <translation>패키지의 imsmanifest.xml이 올바른 XML이 아닙니다.</translation>
    </message>
    <message>
        <source>The picture {src} is missing from the package.</source>
        <translation>패키지에 그림 {src}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A code is required.</source>
        <translation>코드를 입력하세요.</translation>
    </message>
    <message>
        <source>A code is at most 50 letters, digits, &apos;_&apos; or &apos;-&apos; without spaces.</source>
        <translation>코드는 공백 없이 글자, 숫자, &apos;_&apos;, &apos;-&apos;로 50자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The order must be a whole number from 0 to 32767.</source>
        <translation>순서는 0부터 32767까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Expected yes or no.</source>
        <translation>예 또는 아니요여야 합니다.</translation>
    </message>
    <message>
        <source>Subject {id} does not exist.</source>
        <translation>과목 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Strand {id} does not exist.</source>
        <translation>영역 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; is already used.</source>
        <translation>코드 &apos;{value}&apos;은(는) 이미 쓰이고 있습니다.</translation>
    </message>
    <message>
        <source>The name &apos;{value}&apos; is already used.</source>
        <translation>이름 &apos;{value}&apos;은(는) 이미 쓰이고 있습니다.</translation>
    </message>
    <message>
        <source>No active items of this subject match these grades and strands. Choose other grades or strands, or ask an administrator to add items for the subject to the item bank.</source>
        <translation>이 과목에는 선택한 학년과 영역에 맞는 사용 중인 문항이 없습니다. 다른 학년이나 영역을 고르거나, 관리자에게 이 과목의 문항을 문항 은행에 추가해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is not one of the school&apos;s subjects. Choose one from the list; an administrator adds subjects under Subjects.</source>
        <translation>&apos;{subject}&apos;은(는) 학교의 과목이 아닙니다. 목록에서 고르세요. 과목은 관리자가 ‘과목’ 화면에서 추가합니다.</translation>
    </message>
    <message>
        <source>sittings of unit exams exist; revision 0025 cannot be undone</source>
        <translation type="vanished">단원평가 응시 기록이 있어 0025 버전을 되돌릴 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Already enrolled: {count} student(s) are already in &apos;{name}&apos; (ids {ids}). Nothing was changed.</source>
        <translation>
            <numerusform>이미 등록됨: 학생 {count}명이 이미 &apos;{name}&apos; 학급에 있습니다(ID {ids}). 아무것도 변경하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>문항 {count}개를 가져올 수 없어 아무것도 가져오지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Student(s) {ids} belong to another organization than the class. Nothing was changed.</source>
        <translation>학생(ID {ids})이 학급과 다른 기관에 속해 있습니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Grade must be between 1 and 6.</source>
        <translation>학년은 1에서 6 사이여야 합니다.</translation>
    </message>
    <message>
        <source>A middle or high school has grades 1 to 3.</source>
        <translation>중학교와 고등학교의 학년은 1에서 3까지입니다.</translation>
    </message>
    <message>
        <source>Unknown school level.</source>
        <translation>알 수 없는 학교급입니다.</translation>
    </message>
    <message>
        <source>Select at least one person.</source>
        <translation>한 명 이상 선택하세요.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>통합 문서에 시트가 없습니다.</translation>
    </message>
    <message>
        <source>The file could not be read as an Excel workbook ({reason}). Save it again from Excel or as CSV.</source>
        <translation>파일을 엑셀 통합 문서로 읽을 수 없습니다({reason}). 엑셀에서 다시 저장하거나 CSV로 저장하세요.</translation>
    </message>
    <message>
        <source>No header row found in the first {count} rows of sheet &apos;{sheet}&apos;: it needs a name column (성명 or 이름) and 학년, 반, 번호, 학번 or email.</source>
        <translation>&apos;{sheet}&apos; 시트의 처음 {count}행에서 머리글 행을 찾지 못했습니다. 이름 열(성명 또는 이름)과 학년, 반, 번호, 학번, 이메일 중 하나가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Student number {number} is {stored} in this school: its leading zeros were lost (for example when the file was opened in Excel). It is read as {stored}; the stored number is not changed.</source>
        <translation>학번 {number}은(는) 이 학교의 {stored}입니다. 앞자리 0이 사라졌습니다(예: 파일을 엑셀에서 열었을 때). {stored}로 읽으며 저장된 학번은 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Student number {number} is shorter than this school&apos;s other numbers ({width} digits): if Excel removed leading zeros, fix the file (format the column as text) before importing.</source>
        <translation>학번 {number}은(는) 이 학교의 다른 학번({width}자리)보다 짧습니다. 엑셀이 앞자리 0을 지웠다면 가져오기 전에 파일을 고치세요(열 서식을 텍스트로).</translation>
    </message>
    <message>
        <source>This database is already set up. Sign in with an administrator account.</source>
        <translation>이 데이터베이스는 이미 설정되어 있습니다. 관리자 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <source>A student without an email needs a 학번 (or 반 and 번호) to sign in.</source>
        <translation>이메일이 없는 학생은 로그인할 학번(또는 반과 번호)이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The school has students or classes above grade 3: a middle or high school has grades 1 to 3.</source>
        <translation>4학년 이상인 학생이나 학급이 있습니다. 중학교와 고등학교의 학년은 1에서 3까지입니다.</translation>
    </message>
    <message>
        <source>Unknown school level &apos;{level}&apos; (use elementary, middle or high).</source>
        <translation>알 수 없는 학교급입니다: &apos;{level}&apos; (초등학교, 중학교, 고등학교 중 하나).</translation>
    </message>
    <message>
        <source>A school of this level has grades 1 to {high}; {grade} is not one.</source>
        <translation>이 학교급의 학년은 1에서 {high}까지입니다. {grade}학년은 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a class number (반: a number from 1 to {high}).</source>
        <translation>&apos;{value}&apos;은(는) 반이 아닙니다 (1에서 {high} 사이의 숫자).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a seat number (번호: a number from 1 to {high}).</source>
        <translation>&apos;{value}&apos;은(는) 번호가 아닙니다 (1에서 {high} 사이의 숫자).</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a 학번 format: use Y (year), G (학년), C (반) and N (번호), e.g. GCCNN for 10101.</source>
        <translation>&apos;{format}&apos;은(는) 학번 형식이 아닙니다. Y(연도), G(학년), C(반), N(번호)로 쓰세요. 예: 10101은 GCCNN.</translation>
    </message>
    <message>
        <source>{value} does not fit the 학번 format {format}: make its part longer.</source>
        <translation>{value}은(는) 학번 형식 {format}에 들어가지 않습니다. 그 자리를 늘리세요.</translation>
    </message>
    <message>
        <source>The request holds more values than one database statement can carry ({limit}). Nothing was changed; split it into smaller parts.</source>
        <translation>요청에 담긴 값이 데이터베이스 문장 하나에 담을 수 있는 수({limit}개)보다 많습니다. 아무것도 바뀌지 않았습니다. 더 작은 부분으로 나누어 다시 하세요.</translation>
    </message>
    <message>
        <source>Encoding must be auto, utf-8, cp949 or utf-16.</source>
        <translation>인코딩은 auto, utf-8, cp949, utf-16 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The file is not UTF-16 text. Choose another encoding.</source>
        <translation>이 파일은 UTF-16 텍스트가 아닙니다. 다른 인코딩을 선택하세요.</translation>
    </message>
    <message>
        <source>This file can be read as UTF-8 or as CP949 (Korean Excel) and the two readings differ, e.g. &apos;{utf8}&apos; or &apos;{cp949}&apos;. Choose the encoding that shows the names correctly and try again.</source>
        <translation>이 파일은 UTF-8로도 CP949(한국어 Excel)로도 읽히는데 두 결과가 다릅니다. 예: &apos;{utf8}&apos; 또는 &apos;{cp949}&apos;. 이름이 바르게 보이는 인코딩을 선택한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Student(s) {ids} are not enrolled in &apos;{name}&apos;. Nothing was changed.</source>
        <translation>학생(ID {ids})은 &apos;{name}&apos; 학급에 등록되어 있지 않습니다. 아무것도 변경하지 않았습니다.</translation>
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
        <source>Unknown roster field &apos;{field}&apos;. Known: {known}.</source>
        <translation>알 수 없는 명단 항목 &apos;{field}&apos;입니다. 사용할 수 있는 항목: {known}.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{header}&apos;.</source>
        <translation>파일에 &apos;{header}&apos; 열이 없습니다.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos; (use student, teacher or admin).</source>
        <translation>알 수 없는 역할 &apos;{role}&apos;입니다. 학생, 교사, 관리자 중 하나를 입력하세요.</translation>
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
        <source>&apos;{value}&apos; is not a grade.</source>
        <translation>올바른 학년이 아닙니다: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>The answer key &apos;{value}&apos; is not a choice number.</source>
        <translation>정답이 선택지 번호가 아닙니다: &apos;{value}&apos;</translation>
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
        <source>sittings of unit exams exist; revision 0026 cannot be undone</source>
        <translation type="vanished">단원평가 응시 기록이 있어 0025 버전을 되돌릴 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) have problems; nothing was changed.</source>
        <translation>
            <numerusform>{count}개 행에 문제가 있어 아무것도 변경하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exam&apos;s adaptive-test settings are invalid (unknown setting &quot;{setting}&quot;). Ask your teacher.</source>
        <translation>시험의 적응형 검사 설정이 올바르지 않습니다(알 수 없는 설정 &quot;{setting}&quot;). 선생님께 문의하세요.</translation>
    </message>
    <message>
        <source>sittings of unit exams exist; revision 0029 cannot be undone</source>
        <translation>단원평가 응시 기록이 있어 0025 버전을 되돌릴 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. The account is locked for {minutes} more minute(s).</source>
        <translation>
            <numerusform>로그인에 여러 번 실패했습니다. 계정이 앞으로 {minutes}분 동안 잠겨 있습니다.</numerusform>
        </translation>
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
        <source>The backup folder {folder} cannot be created ({reason_label}). Choose another folder.</source>
        <translation>백업 폴더 {folder}을(를) 만들 수 없습니다({reason_label}). 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason_label}). Free some disk space or choose another folder.</source>
        <translation>{folder}에 백업을 쓰지 못했습니다({reason_label}). 디스크 공간을 비우거나 다른 폴더를 고르세요.</translation>
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
        <source>Exam actions commit on their own: use CALL exam.&lt;action&gt;(...) outside a transaction block.</source>
        <translation>시험 동작은 스스로 커밋됩니다. 트랜잭션 블록 밖에서 CALL exam.&lt;동작&gt;(...)로 호출하세요.</translation>
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
    <message>
        <source>The exam server chooses every item by Fisher information; KL and posterior-weighted first items are for simulations only.</source>
        <translation>시험 서버는 모든 문항을 피셔 정보량으로 고릅니다. KL·사후분포 가중 방식의 처음 문항 선택은 모의실험에서만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Resume days must be between 0 and 30.</source>
        <translation>이어하기 기간은 0–30일이어야 합니다.</translation>
    </message>
    <message>
        <source>At most 200 items.</source>
        <translation>최대 200문항까지 가능합니다.</translation>
    </message>
    <message>
        <source>Write content targets as strand=share, e.g. algebra=0.6.</source>
        <translation>내용 영역 비율은 영역=비율 형식으로 쓰세요 (예: algebra=0.6).</translation>
    </message>
    <message>
        <source>Write grades as numbers, e.g. 7, 8.</source>
        <translation>학년은 숫자로 쓰세요 (예: 7, 8).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose a subject or some items to calibrate.</source>
        <translation>모수를 추정할 과목이나 문항을 고르세요.</translation>
    </message>
    <message>
        <source>The minimum number of answers must be 1 or more.</source>
        <translation>최소 응답 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The precision limits must be positive.</source>
        <translation>정밀도 한계는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown session status.</source>
        <translation>알 수 없는 시험 상태입니다.</translation>
    </message>
    <message>
        <source>No items match the selection.</source>
        <translation>조건에 맞는 문항이 없습니다.</translation>
    </message>
    <message>
        <source>There are no stored answers for these items in this period.</source>
        <translation>이 기간에 이 문항들의 응답 기록이 없습니다.</translation>
    </message>
    <message>
        <source>No item has acceptable new parameters.</source>
        <translation>채택할 수 있는 새 모수를 가진 문항이 없습니다.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The flag threshold must be positive.</source>
        <translation>표시 기준은 양수여야 합니다.</translation>
    </message>
    <message>
        <source>The bank has no active items for this subject.</source>
        <translation>이 과목의 문항은행에 사용 중인 문항이 없습니다.</translation>
    </message>
    <message>
        <source>The ability spread must be positive.</source>
        <translation>능력 표준편차는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Item {code} has no acceptable new parameters.</source>
        <translation>{code} 문항에는 받아들일 수 있는 새 모수가 없습니다.</translation>
    </message>
    <message>
        <source>Item {code} was changed after the calibration was run. Run the calibration again.</source>
        <translation>보정을 실행한 뒤 {code} 문항이 변경되었습니다. 보정을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Simulate between 1 and {max} students.</source>
        <translation>모의 실험 학생 수는 1명에서 {max}명 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown calibration method.</source>
        <translation>알 수 없는 추정 방법입니다.</translation>
    </message>
    <message>
        <source>Choose a reference group and a focal group.</source>
        <translation>기준 집단과 초점 집단을 고르세요.</translation>
    </message>
    <message>
        <source>A class cannot be in both groups.</source>
        <translation>한 학급이 두 집단에 모두 들어갈 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose the new items to calibrate against the anchors.</source>
        <translation>앵커에 맞춰 추정할 새 문항을 고르세요.</translation>
    </message>
    <message>
        <source>The drift limits must be positive.</source>
        <translation>표류 기준은 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Item {code} is not in the selection.</source>
        <translation>{code} 문항은 선택 범위에 없습니다.</translation>
    </message>
    <message>
        <source>There are no anchor items: every active item is marked new.</source>
        <translation>앵커 문항이 없습니다. 사용 중인 모든 문항이 새 문항으로 표시되었습니다.</translation>
    </message>
    <message>
        <source>The prior spread of a must be positive.</source>
        <translation>a 사전분포의 표준편차는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Both parameters of the Beta prior on c must be 1 or more.</source>
        <translation>c의 베타 사전분포 두 모수는 모두 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The password must have at most 128 characters.</source>
        <translation>비밀번호는 128자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The password is too easy to guess. Do not use your email address or a common password.</source>
        <translation>비밀번호가 너무 쉽습니다. 이메일 주소나 흔한 비밀번호는 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your school is ready</source>
        <translation>학교 설정이 끝났습니다</translation>
    </message>
    <message>
        <source>You are signed in as its administrator.</source>
        <translation>관리자로 로그인되었습니다.</translation>
    </message>
    <message>
        <source>You can import the student list now (a CSV file, or the Excel file exported from NEIS) or later from Roster and enrollment › Import CSV. New students get initial passwords and a printable sheet per class.</source>
        <translation>지금 학생 명단(CSV 파일 또는 NEIS에서 내려받은 엑셀 파일)을 가져오거나, 나중에 명단과 수강 등록 › CSV 가져오기에서 가져올 수 있습니다. 새 학생에게는 초기 비밀번호와 반별로 인쇄할 수 있는 안내문이 만들어집니다.</translation>
    </message>
    <message>
        <source>&amp;Import a student list…</source>
        <translation>학생 명단 가져오기(&amp;I)…</translation>
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
        <source>Fi&amp;lter:</source>
        <translation>필터(&amp;L):</translation>
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
    <message numerus="yes">
        <source>%n of the selected students are already in this class. Enroll the other %1?</source>
        <translation>
            <numerusform>선택한 학생 중 %n명은 이미 이 학급에 있습니다. 나머지 %1명을 등록할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="vanished">필터(&amp;F):</translation>
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
            <numerusform>학생 %n명을 등록했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already enrolled: %n student(s).</source>
        <translation>
            <numerusform>이미 등록됨: 학생 %n명.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already enrolled</source>
        <translation>이미 등록됨</translation>
    </message>
    <message>
        <source>Unenroll</source>
        <translation>등록 해제</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n student(s) from this class? Their results are kept.</source>
        <translation>
            <numerusform>학생 %n명을 이 학급에서 제외할까요? 성적은 유지됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) removed.</source>
        <translation>
            <numerusform>학생 %n명을 제외했습니다.</numerusform>
        </translation>
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
    <name>EstimatePanel</name>
    <message numerus="yes">
        <source>Students will usually answer %1–%2 questions (on average %n).</source>
        <translation>
            <numerusform>학생들은 보통 %1–%2문항을 풉니다 (평균 %n문항).</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will be about ±%1 from their true level (on a scale where most students are between −2 and +2).</source>
        <extracomment>simulated students per estimate: enough for a stable mean length and error, quick on a laptop wait this long after the last change before simulating plural texts (marked in _plural_texts so lupdate writes their plural forms)</extracomment>
        <translation>결과는 실제 수준과 약 ±%1 차이가 납니다 (대부분의 학생이 −2에서 +2 사이에 있는 척도).</translation>
    </message>
    <message numerus="yes">
        <source>%n% of students finish early because their result is already precise enough.</source>
        <translation>
            <numerusform>학생의 %n%는 결과가 충분히 정확해져서 일찍 끝납니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>RMSE %1 · mean SE %2 · reliability %3 · %4 simulated students · pool %5 items</source>
        <translation>RMSE %1 · 평균 SE %2 · 신뢰도 %3 · 모의 학생 %4명 · 문항 풀 %5개</translation>
    </message>
    <message numerus="yes">
        <source>What to expect (a quick simulation of %n students)</source>
        <translation>
            <numerusform>예상 결과 (학생 %n명 모의 실험)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a subject with items to see what to expect.</source>
        <translation>문항이 있는 과목을 고르면 예상 결과가 보입니다.</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <source>Cancel calculation</source>
        <translation>계산 취소</translation>
    </message>
    <message>
        <source>No items to simulate: choose a subject, grades and strands that have items.</source>
        <translation>모의 실험할 문항이 없습니다. 문항이 있는 과목, 학년, 영역을 고르세요.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Calculation cancelled. Press Recalculate to run it again.</source>
        <translation>계산을 취소했습니다. 다시 하려면 ‘다시 계산’을 누르세요.</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Edit exam</source>
        <translation>시험 수정</translation>
    </message>
    <message>
        <source>New exam</source>
        <translation>새 시험</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>시험</translation>
    </message>
    <message>
        <source>Adaptive test</source>
        <translation>적응형 검사</translation>
    </message>
    <message>
        <source>Schedule &amp;&amp; test window</source>
        <translation>일정 및 시험 창</translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="vanished">템플릿</translation>
    </message>
    <message>
        <source>Quick check (5–15 items, 15 min)</source>
        <translation type="vanished">빠른 점검 (5–15문항, 15분)</translation>
    </message>
    <message>
        <source>Standard (10–30 items, 40 min)</source>
        <translation type="vanished">표준 (10–30문항, 40분)</translation>
    </message>
    <message>
        <source>Precise (15–40 items, 60 min)</source>
        <translation type="vanished">정밀 (15–40문항, 60분)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">학급</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">제목</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="vanished">과목</translation>
    </message>
    <message>
        <source>Exam type</source>
        <translation type="vanished">시험 유형</translation>
    </message>
    <message>
        <source>Item grades</source>
        <translation type="vanished">문항 학년</translation>
    </message>
    <message>
        <source>all grades, or e.g. 7, 8</source>
        <translation type="vanished">전체 학년, 또는 예: 7, 8</translation>
    </message>
    <message>
        <source>Item strands</source>
        <translation type="vanished">문항 영역</translation>
    </message>
    <message>
        <source>all strands, or e.g. algebra, geometry</source>
        <translation type="vanished">전체 영역, 또는 예: algebra, geometry</translation>
    </message>
    <message>
        <source>Item pool</source>
        <translation type="vanished">문항 풀</translation>
    </message>
    <message>
        <source>Diagnostic test</source>
        <extracomment>the presets in the order offered, with their name and what they are for</extracomment>
        <translation>진단평가</translation>
    </message>
    <message>
        <source>At the start of a term or unit: finds where each student stands (10–30 questions, 40 minutes).</source>
        <translation>학기나 단원을 시작할 때: 학생마다 지금 어디에 있는지 알아봅니다 (10–30문항, 40분).</translation>
    </message>
    <message>
        <source>Formative check</source>
        <translation>형성평가</translation>
    </message>
    <message>
        <source>During a unit: a short check of what was learned (5–15 questions, 15 minutes).</source>
        <translation>단원을 배우는 중에: 배운 내용을 짧게 확인합니다 (5–15문항, 15분).</translation>
    </message>
    <message>
        <source>Unit test</source>
        <translation>단원평가</translation>
    </message>
    <message>
        <source>At the end of a unit: covers its strands; classmates rarely see the same questions (12–25 questions, 45 minutes).</source>
        <translation>단원을 마칠 때: 단원의 영역을 고루 묻고, 같은 반 학생이 같은 문항을 받는 일이 드뭅니다 (12–25문항, 45분).</translation>
    </message>
    <message>
        <source>Placement test</source>
        <translation>배치고사</translation>
    </message>
    <message>
        <source>For grouping or placement: the most precise result (15–40 questions, 60 minutes).</source>
        <translation>반 편성이나 수준별 배치에: 가장 정확한 결과를 냅니다 (15–40문항, 60분).</translation>
    </message>
    <message>
        <source>High (longer tests)</source>
        <extracomment>precision choices of the basic settings → the SE of θ at which a test may stop</extracomment>
        <translation>높음 (시험이 길어짐)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Rough (shortest tests)</source>
        <translation>대략 (가장 짧은 시험)</translation>
    </message>
    <message>
        <source>&amp;Kind of test</source>
        <translation>평가 종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>학급(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n student(s))</source>
        <translation>
            <numerusform>%1 (%2, 학생 %n명)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>과목(&amp;S)</translation>
    </message>
    <message>
        <source>Exam t&amp;ype</source>
        <translation>시험 종류(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Grades of the questions</source>
        <translation>문항 학년(&amp;G)</translation>
    </message>
    <message>
        <source>Empty: questions of every grade.</source>
        <translation>비워 두면 모든 학년의 문항을 씁니다.</translation>
    </message>
    <message>
        <source>all grades, or e.g. 1, 2</source>
        <translation>모든 학년, 또는 예: 1, 2</translation>
    </message>
    <message>
        <source>St&amp;rands</source>
        <translation>영역(&amp;R)</translation>
    </message>
    <message>
        <source>Tick the strands the questions come from; none ticked: all.</source>
        <translation>문항을 낼 영역에 표시하세요. 아무것도 표시하지 않으면 모든 영역에서 냅니다.</translation>
    </message>
    <message>
        <source>Questions available</source>
        <translation>쓸 수 있는 문항</translation>
    </message>
    <message>
        <source>Mi&amp;nimum questions</source>
        <translation>최소 문항 수(&amp;N)</translation>
    </message>
    <message>
        <source>No student stops before answering this many.</source>
        <translation>어떤 학생도 이만큼 풀기 전에는 끝나지 않습니다.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum questions</source>
        <translation>최대 문항 수(&amp;X)</translation>
    </message>
    <message>
        <source>The test ends after this many questions, however precise the result is.</source>
        <translation>결과가 얼마나 정확하든 이만큼 풀면 시험이 끝납니다.</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>정확도(&amp;P)</translation>
    </message>
    <message>
        <source>The test ends early once a student&apos;s result is this precise; more precision means more questions.</source>
        <translation>학생의 결과가 이만큼 정확해지면 일찍 끝납니다. 더 정확하게 하려면 문항이 더 많이 필요합니다.</translation>
    </message>
    <message>
        <source>Off (always the maximum)</source>
        <translation>끄기 (항상 최대 문항 수까지)</translation>
    </message>
    <message>
        <source>Time &amp;limit, minutes (0 = none)</source>
        <translation>제한 시간, 분(&amp;L) (0 = 없음)</translation>
    </message>
    <message>
        <source>When time runs out, the answers so far give the result.</source>
        <translation>시간이 다 되면 그때까지의 답으로 결과를 냅니다.</translation>
    </message>
    <message>
        <source>Limit how often a &amp;question is shown</source>
        <translation>한 문항이 나오는 횟수 제한(&amp;Q)</translation>
    </message>
    <message>
        <source>Classmates then rarely get the same questions, so answers passed on help little.</source>
        <translation>같은 반 학생이 같은 문항을 받는 일이 드물어 답을 전해 들어도 도움이 되지 않습니다.</translation>
    </message>
    <message>
        <source>Show the &amp;advanced (psychometric) settings</source>
        <translation>고급 설정(심리측정) 보기(&amp;A)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급 설정</translation>
    </message>
    <message>
        <source>&amp;Advanced (psychometric settings)</source>
        <translation type="vanished">고급 설정 (심리측정)(&amp;A)</translation>
    </message>
    <message>
        <source>Ability estimator</source>
        <translation>능력 추정 방법</translation>
    </message>
    <message>
        <source>EAP (expected a posteriori)</source>
        <translation>EAP (기대 사후 추정)</translation>
    </message>
    <message>
        <source>Choose among the k most informative items</source>
        <translation>정보량 상위 k개 문항 중 선택</translation>
    </message>
    <message>
        <source>Exposure control</source>
        <translation>노출 제어</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Restricted maximum exposure</source>
        <translation>최대 노출률 제한</translation>
    </message>
    <message>
        <source>Restricted: an item is given only while fewer than the maximum share of this exam&apos;s students have seen it, so no item is seen by more than that share of the class.</source>
        <translation>제한: 이 시험을 본 학생 중 그 문항을 본 비율이 최대 노출률보다 낮을 때만 문항을 내므로, 어떤 문항도 반 학생의 그 비율보다 많이 보지 않습니다.</translation>
    </message>
    <message>
        <source>Maximum exposure rate</source>
        <translation>최대 노출률</translation>
    </message>
    <message>
        <source>Content targets (strand=share)</source>
        <translation>내용 영역 비율 (영역=비율)</translation>
    </message>
    <message>
        <source>e.g. algebra=0.6, geometry=0.4</source>
        <translation>예: 대수=0.6, 기하=0.4</translation>
    </message>
    <message numerus="yes">
        <source>No questions of %1 match these grades and strands (%n question(s) in all): clear the grades or tick other strands.</source>
        <translation>
            <numerusform>%1에는 선택한 학년과 영역에 맞는 문항이 없습니다 (전체 %n문항). 학년을 비우거나 다른 영역에 표시하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item bank has no questions of %1 yet. Ask an administrator to import them (Item bank → Import CSV), or choose another subject.</source>
        <translation>문항 은행에 아직 %1 문항이 없습니다. 관리자에게 문항을 가져와 달라고 요청하거나(문항 은행 → CSV 가져오기) 다른 과목을 고르세요.</translation>
    </message>
    <message>
        <source>Minimum items</source>
        <translation type="vanished">최소 문항 수</translation>
    </message>
    <message>
        <source>Maximum items</source>
        <translation type="vanished">최대 문항 수</translation>
    </message>
    <message>
        <source>Stop when SE ≤ (0 = off)</source>
        <translation>SE가 이 값 이하이면 종료 (0 = 사용 안 함)</translation>
    </message>
    <message>
        <source>Time limit, minutes (0 = none)</source>
        <translation type="vanished">제한 시간(분, 0 = 없음)</translation>
    </message>
    <message>
        <source>Unscored pretest items</source>
        <translation>채점하지 않는 사전 검사 문항 수</translation>
    </message>
    <message>
        <source>New items in the state “pretest” (not calibrated yet) given at random places among the first items. They are never scored and never change θ, its SE or when the test stops; students cannot tell them apart. Their answers let the item bank calibrate them later.</source>
        <translation>‘사전 검사’ 상태의 새 문항(아직 보정되지 않음)을 앞부분 문항들 사이의 임의 위치에 냅니다. 채점되지 않으며 θ, 그 표준오차, 검사 종료 시점을 바꾸지 않고, 학생은 구별할 수 없습니다. 이 응답으로 나중에 문항 모수를 보정합니다.</translation>
    </message>
    <message>
        <source>Opens at a set time</source>
        <translation>정해진 시각에 시작</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Closes at a set time</source>
        <translation>정해진 시각에 마감</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>At the end, show</source>
        <translation>종료 화면에 표시</translation>
    </message>
    <message>
        <source>Nothing (just “finished”)</source>
        <translation>표시 안 함 (“완료”만)</translation>
    </message>
    <message>
        <source>Number correct of items answered and % correct</source>
        <translation>푼 문항 중 맞힌 수와 정답률</translation>
    </message>
    <message>
        <source>θ (ability) with its 95% interval</source>
        <translation>θ (능력)와 95% 구간</translation>
    </message>
    <message>
        <source>The score</source>
        <translation type="vanished">점수</translation>
    </message>
    <message>
        <source>A level in words</source>
        <translation type="vanished">수준 (문장으로)</translation>
    </message>
    <message>
        <source>Ask “are you sure?” before each answer</source>
        <translation>응답마다 “제출할까요?” 확인</translation>
    </message>
    <message>
        <source>Unfinished tests can be resumed for (days)</source>
        <translation>미완료 시험 이어하기 가능 기간(일)</translation>
    </message>
    <message>
        <source>Proctor quit password</source>
        <translation>감독관 종료 비밀번호</translation>
    </message>
    <message>
        <source>(this subject has no strands)</source>
        <translation>(이 과목에는 영역이 없습니다)</translation>
    </message>
    <message>
        <source>none (only the lab PC&apos;s password)</source>
        <translation>없음 (실습실 PC 비밀번호만)</translation>
    </message>
    <message>
        <source>unchanged (set)</source>
        <translation>변경 안 함 (설정됨)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Custom (SE %1)</source>
        <translation>직접 설정 (SE %1)</translation>
    </message>
    <message>
        <source>The school has no subjects yet: an administrator adds them under Subjects.</source>
        <translation>학교에 아직 과목이 없습니다. 관리자가 ‘과목’ 화면에서 추가합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n개 문항</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamListPane</name>
    <message>
        <source>Exams</source>
        <translation>시험</translation>
    </message>
    <message>
        <source>New exam…</source>
        <translation>새 시험…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Close / reopen</source>
        <translation>마감 / 다시 열기</translation>
    </message>
    <message>
        <source>Proctor</source>
        <translation>감독</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>시험 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamPicker</name>
    <message>
        <source>Choose your test</source>
        <translation>응시할 시험을 고르세요</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>이어하기</translation>
    </message>
    <message>
        <source>There is no test for you right now.</source>
        <translation>지금 응시할 시험이 없습니다.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>ExamStatus</name>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>testing</source>
        <translation>응시 중</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>no contact for over a minute</source>
        <translation>1분 넘게 응답 없음</translation>
    </message>
    <message>
        <source>answering implausibly fast</source>
        <translation>비정상적으로 빠른 응답</translation>
    </message>
    <message>
        <source>this PC cannot save answers (disk full or write-protected): go to the student</source>
        <translation>이 PC가 답을 저장하지 못함(디스크 가득 참/쓰기 금지): 학생에게 가 보세요</translation>
    </message>
</context>
<context>
    <name>ExamType</name>
    <message>
        <source>placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>formative</source>
        <translation>형성 평가</translation>
    </message>
    <message>
        <source>unit test</source>
        <translation>단원평가</translation>
    </message>
    <message>
        <source>midterm</source>
        <translation>중간고사</translation>
    </message>
    <message>
        <source>final</source>
        <translation>기말고사</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <source>Progress</source>
        <extracomment>zoom steps of Ctrl++ / Ctrl+- (1.0 = 100 %); Ctrl+0 goes back to 100 %</extracomment>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>글자 크기 %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>Ctrl and plus</source>
        <translation>Ctrl과 더하기</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <source>Ctrl and minus</source>
        <translation>Ctrl과 빼기</translation>
    </message>
    <message>
        <source>Read aloud (Ctrl+R)</source>
        <translation>읽어 주기 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>읽어 주기</translation>
    </message>
    <message>
        <source>Ctrl+R reads the question and its answers aloud; again to stop</source>
        <translation type="vanished">Ctrl+R로 문제와 답을 읽어 주고, 한 번 더 누르면 멈춥니다</translation>
    </message>
    <message>
        <source>Ctrl+R reads the reading passage, the question and its answers aloud; again to stop</source>
        <translation>Ctrl+R: 지문과 문제, 답을 소리 내어 읽습니다. 다시 누르면 멈춥니다.</translation>
    </message>
    <message>
        <source>Line reader: on</source>
        <translation>줄 읽기 도구: 켜짐</translation>
    </message>
    <message>
        <source>Line reader: off</source>
        <translation>줄 읽기 도구: 꺼짐</translation>
    </message>
    <message>
        <source>Line reader</source>
        <translation>줄 읽기 도구</translation>
    </message>
    <message>
        <source>Ctrl+L turns it on or off</source>
        <translation>Ctrl+L로 켜고 끕니다</translation>
    </message>
    <message>
        <source>Getting your test ready…</source>
        <translation>시험을 준비하고 있습니다…</translation>
    </message>
    <message>
        <source>Your answer is saved.</source>
        <translation>답안이 저장되었습니다.</translation>
    </message>
    <message>
        <source>Waiting for the server… You do not need to do anything.</source>
        <translation>서버를 기다리는 중입니다… 아무것도 하지 않아도 됩니다.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>서버를 기다리는 중입니다…</translation>
    </message>
    <message>
        <source>The connection was interrupted. The test continues as soon as it is back.</source>
        <translation>연결이 잠시 끊겼습니다. 연결되면 바로 이어서 진행됩니다.</translation>
    </message>
    <message>
        <source>The test is paused.</source>
        <translation>시험이 일시 정지되었습니다.</translation>
    </message>
    <message>
        <source>Your teacher paused the test. Please wait; your time is not running.</source>
        <translation>선생님이 시험을 일시 정지했습니다. 잠시 기다려 주세요. 시간은 흐르지 않습니다.</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation>시간이 끝났습니다.</translation>
    </message>
    <message>
        <source>Your answers are being saved…</source>
        <translation>답안을 저장하고 있습니다…</translation>
    </message>
    <message>
        <source>Please raise your hand and call the proctor.</source>
        <translation>손을 들고 감독 선생님을 불러 주세요.</translation>
    </message>
    <message>
        <source>This PC cannot save your answers right now (its disk is full or write-protected). Do not turn off the PC. The test continues once the proctor has fixed it.</source>
        <translation>이 PC에 답을 저장할 수 없습니다(디스크가 가득 찼거나 쓰기가 금지되어 있습니다). PC를 끄지 마세요. 감독 선생님이 해결하면 시험이 이어집니다.</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again; your answers are kept.</source>
        <translation>로그아웃되었습니다. 다시 로그인하세요. 답안은 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>The test cannot continue right now.</source>
        <translation>지금은 시험을 계속할 수 없습니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>%1번 문항</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered; the test ends at %n question(s) at most</source>
        <translation>
            <numerusform>%1문항 응답, 최대 %n문항에서 끝납니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>남은 시간 %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ 저장됨</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation type="vanished">저장됨 ✓</translation>
    </message>
    <message>
        <source>Saved on this PC</source>
        <translation>이 PC에 저장됨</translation>
    </message>
    <message>
        <source>Offline – answers are kept on this PC</source>
        <translation>오프라인 – 답안은 이 PC에 보관됩니다</translation>
    </message>
    <message>
        <source>Not saved – call the proctor</source>
        <translation>저장 안 됨 – 감독 선생님을 부르세요</translation>
    </message>
    <message>
        <source>You have finished the test.</source>
        <translation>시험을 마쳤습니다.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Your teacher ended this test.</source>
        <translation>선생님이 이 시험을 종료했습니다.</translation>
    </message>
    <message>
        <source>Your score: %1 / 100</source>
        <translation type="vanished">점수: %1 / 100</translation>
    </message>
    <message>
        <source>You are at the beginning of this topic. Keep practising!</source>
        <translation type="vanished">이 단원을 막 배우기 시작한 단계입니다. 꾸준히 연습해 보세요!</translation>
    </message>
    <message>
        <source>You are developing your skills in this topic.</source>
        <translation type="vanished">이 단원의 실력을 키워 가는 단계입니다.</translation>
    </message>
    <message>
        <source>You are proficient in this topic.</source>
        <translation type="vanished">이 단원을 잘 이해하고 있습니다.</translation>
    </message>
    <message>
        <source>You are advanced in this topic. Excellent work!</source>
        <translation type="vanished">이 단원에서 매우 뛰어납니다. 훌륭해요!</translation>
    </message>
    <message>
        <source>Thank you. Your answers have been saved.</source>
        <translation>수고했습니다. 답안이 모두 저장되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>You answered %1 of your %n item(s) correctly (%2% correct).</source>
        <translation>
            <numerusform>%n문항 중 %1문항을 맞혔습니다 (정답률 %2%).</numerusform>
        </translation>
    </message>
    <message>
        <source>In this test everyone gets items near their own level, so the share of correct answers is not a grade.</source>
        <translation>이 시험은 각자 자기 수준에 맞는 문항을 받으므로 정답률은 성적이 아닙니다.</translation>
    </message>
    <message>
        <source>Your ability estimate: θ = %1</source>
        <translation>능력 추정치: θ = %1</translation>
    </message>
    <message>
        <source>95% interval %1 (standard error %2)</source>
        <translation>95% 구간 %1 (표준오차 %2)</translation>
    </message>
    <message>
        <source>θ is on the item bank&apos;s scale: 0 is the average of the group the items were calibrated on; most students are between −2 and +2.</source>
        <translation>능력(θ)은 문항은행의 척도입니다. 0은 문항을 보정한 집단의 평균이며, 대부분의 학생은 −2에서 +2 사이입니다.</translation>
    </message>
    <message>
        <source>Proctor</source>
        <translation>감독관</translation>
    </message>
    <message>
        <source>Quit password:</source>
        <translation>종료 비밀번호:</translation>
    </message>
</context>
<context>
    <name>ExamsScreen</name>
    <message>
        <source>Exams</source>
        <translation>시험</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>탭 닫기</translation>
    </message>
    <message>
        <source>Proctor: %1</source>
        <translation>감독: %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 닫기</translation>
    </message>
</context>
<context>
    <name>ExposureChart</name>
    <message>
        <source>Item exposure (most used first)</source>
        <translation>문항 노출률 (많이 쓰인 순)</translation>
    </message>
    <message>
        <source>Exposure rate</source>
        <translation>노출률</translation>
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
        <translation type="vanished">엑셀에서 저장한 CSV 파일(UTF-8 또는 CP949)로, 첫 행에 이름, 이메일, 역할, 학번, 학년, 반, 과목 머리글이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or CP949) or an Excel workbook such as the student list exported from NEIS, with a header row: name, grade, class, number, student number, email (staff), role, subject.</source>
        <translation>머리글 행이 있는 CSV 파일(UTF-8 또는 CP949)이나 NEIS에서 내려받은 학생 명단 같은 엑셀 통합 문서: 이름, 학년, 반, 번호, 학번, 이메일(교직원), 역할, 과목.</translation>
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
        <source>Roster files (*.csv *.txt *.xlsx *.xls)</source>
        <translation>명단 파일 (*.csv *.txt *.xlsx *.xls)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="vanished">CSV 파일 (*.csv *.txt)</translation>
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
    <name>GradeReportBatch</name>
    <message>
        <source>Collecting report data…</source>
        <translation>보고서 자료를 모으는 중…</translation>
    </message>
    <message>
        <source>Writing PDF reports…</source>
        <translation>PDF 보고서를 만드는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0}을(를) 쓸 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>Grades</name>
    <message>
        <source>Elementary school</source>
        <extracomment>the most grades a school has (초: 1–6); a box shows this many until the school&apos;s level is known</extracomment>
        <translation>초</translation>
    </message>
    <message>
        <source>Middle school</source>
        <translation>중</translation>
    </message>
    <message>
        <source>High school</source>
        <translation>고</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1학년</translation>
    </message>
    <message>
        <source>%1 year %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>Number of students</source>
        <extracomment>with more categories than this, values are not written above the bars default bin edges (subclasses override)</extracomment>
        <translation>학생 수</translation>
    </message>
    <message>
        <source>mean {0:.2f}</source>
        <translation>평균 {0:.2f}</translation>
    </message>
    <message>
        <source>{0:g} – {1:g}: {2:g} ({3:.0f}%)</source>
        <translation>{0:g} – {1:g}: {2:g}명 ({3:.0f}%)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Today and upcoming exams</source>
        <extracomment>how far ahead &quot;upcoming&quot; looks</extracomment>
        <translation>오늘과 다가오는 시험</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>시험</translation>
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
        <source>Opens</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation>응시 / 완료</translation>
    </message>
    <message>
        <source>No open exams today or in the next two weeks. Create one in Exams.</source>
        <translation>오늘이나 앞으로 2주 안에 열린 시험이 없습니다. &apos;시험&apos;에서 새 시험을 만드세요.</translation>
    </message>
    <message>
        <source>Proctor</source>
        <translation>감독</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Exam settings…</source>
        <translation>시험 설정…</translation>
    </message>
    <message>
        <source>My classes</source>
        <translation>내 학급</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생 수</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>명단…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 갱신</translation>
    </message>
</context>
<context>
    <name>ItemCurvesChart</name>
    <message>
        <source>Item characteristic curve</source>
        <translation>문항특성곡선</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>θ (능력)</translation>
    </message>
    <message>
        <source>P(correct)</source>
        <translation>정답 확률</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>정보량</translation>
    </message>
    <message>
        <source>No items selected</source>
        <translation>선택한 문항이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n items</source>
        <translation>
            <numerusform>문항 %n개 평균</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Choices</source>
        <translation>선택지</translation>
    </message>
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
        <source>%1 model · discrimination a = %2 · difficulty b = %3 · guessing c = %4 · bank version %5</source>
        <translation>%1 모형 · 변별도 a = %2 · 난이도 b = %3 · 추측도 c = %4 · 문항 은행 버전 %5</translation>
    </message>
    <message>
        <source>bank version %1</source>
        <translation type="vanished">문항 은행 버전 %1</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>New item</source>
        <translation>새 문항</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>문항 편집</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>New passage…</source>
        <translation>새 지문…</translation>
    </message>
    <message>
        <source>Question text. Formulas: $\frac{1}{2}$, $\sqrt{x}$</source>
        <translation>문제 내용. 수식: $\frac{1}{2}$, $\sqrt{x}$</translation>
    </message>
    <message>
        <source>Insert &amp;picture…</source>
        <translation>그림 넣기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>과목(&amp;S):</translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation>학년(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;trand:</source>
        <translation>영역(&amp;T):</translation>
    </message>
    <message>
        <source>Pa&amp;ssage:</source>
        <translation type="vanished">지문(&amp;S):</translation>
    </message>
    <message>
        <source>Passa&amp;ge:</source>
        <translation>지문(&amp;G):</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>문제(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Number of choices:</source>
        <translation>선택지 수(&amp;N):</translation>
    </message>
    <message>
        <source>Answer &amp;key:</source>
        <translation>정답(&amp;K):</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>문항 모수:</translation>
    </message>
    <message>
        <source>Preview as students see it:</source>
        <translation>학생 화면 미리 보기:</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>임시 저장(&amp;D)</translation>
    </message>
    <message>
        <source>Submit for re&amp;view</source>
        <translation>검토 요청(&amp;V)</translation>
    </message>
    <message>
        <source>Save and &amp;approve</source>
        <translation>저장 후 승인(&amp;A)</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>승인(&amp;V)</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>돌려보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>선택지 %1</translation>
    </message>
    <message>
        <source>(no passage)</source>
        <translation>(지문 없음)</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>버전 %1 · %2</translation>
    </message>
    <message>
        <source>Note from the reviewer: %1</source>
        <translation>검토자 메모: %1</translation>
    </message>
    <message>
        <source>Insert picture</source>
        <translation>그림 넣기</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>그림 (%1)</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>그림 설명</translation>
    </message>
    <message>
        <source>Describe the picture for students who cannot see it (alternative text):</source>
        <translation>그림을 볼 수 없는 학생을 위해 그림을 설명해 주세요(대체 텍스트):</translation>
    </message>
    <message>
        <source>Students had seen version %1, so your changes are a new version.</source>
        <translation>학생들이 버전 %1을(를) 이미 보았으므로 변경 내용은 새 버전으로 저장되었습니다.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>돌려보내기</translation>
    </message>
    <message>
        <source>What should the author change?</source>
        <translation>작성자가 무엇을 고쳐야 하나요?</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Press 1–5 or A–E to choose, then Enter.</source>
        <translation type="vanished">1–5 또는 A–E를 눌러 고른 뒤 Enter를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>Press the number of your answer (1–%n), then Enter.</source>
        <extracomment>the question column never gets wider than this (long lines are hard to read on 1920 px) narrower than this (times the zoom), a reading passage goes above the question, not beside it</extracomment>
        <translation>
            <numerusform>답의 번호(1–%n)를 누른 뒤 Enter를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+number shows or hides an answer, Alt+number strikes it out.</source>
        <translation>Ctrl+번호로 답을 보이거나 가리고, Alt+번호로 지웁니다.</translation>
    </message>
    <message>
        <source>Ctrl+↑ / Ctrl+↓ move the line reader.</source>
        <translation>Ctrl+↑ / Ctrl+↓로 줄 읽기 도구를 옮깁니다.</translation>
    </message>
    <message>
        <source>Ctrl+← / Ctrl+→ put it on the passage or the question.</source>
        <translation>Ctrl+← / Ctrl+→로 지문이나 문제 위에 놓습니다.</translation>
    </message>
    <message>
        <source>Next  ⏎</source>
        <translation>다음  ⏎</translation>
    </message>
    <message>
        <source>Yes, submit  ⏎</source>
        <translation>네, 제출  ⏎</translation>
    </message>
    <message>
        <source>Change answer  Esc</source>
        <translation>답 바꾸기  Esc</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter 키</translation>
    </message>
    <message>
        <source>Yes, submit</source>
        <translation>네, 제출</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>답 바꾸기</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc 키</translation>
    </message>
    <message>
        <source>Reading passage: %1</source>
        <translation>지문: %1</translation>
    </message>
    <message>
        <source>Reading passage</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Submit answer %1? You cannot come back to this question.</source>
        <translation>%1번 답을 제출할까요? 이 문항으로 다시 돌아올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ItemPreview</name>
    <message>
        <source>Preview</source>
        <extracomment>the lab PCs&apos; usual screens</extracomment>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Preview as students see it</source>
        <translation>학생 화면 미리 보기</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Item bank</source>
        <translation>문항 은행</translation>
    </message>
    <message>
        <source>Ex&amp;port QTI…</source>
        <translation>QTI 내보내기(&amp;P)…</translation>
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
        <translation type="vanished">상태(&amp;T):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>상태(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>새 문항(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
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
    <message>
        <source>Import &amp;QTI…</source>
        <translation>QTI 가져오기(&amp;Q)…</translation>
    </message>
    <message>
        <source>Export Q&amp;TI…</source>
        <translation type="vanished">QTI 내보내기(&amp;T)…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>문항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire items</source>
        <translation>문항 폐기</translation>
    </message>
    <message numerus="yes">
        <source>Retire %n item(s)? Retired items are no longer given in new exams.</source>
        <translation>
            <numerusform>문항 %n개를 폐기할까요? 폐기된 문항은 새 시험에 출제되지 않습니다.</numerusform>
        </translation>
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
        <source>Import QTI package</source>
        <translation>QTI 패키지 가져오기</translation>
    </message>
    <message>
        <source>QTI packages (*.zip)</source>
        <translation>QTI 패키지 (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from the QTI package.</source>
        <translation>
            <numerusform>QTI 패키지에서 문항 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export QTI package</source>
        <translation>QTI 패키지 내보내기</translation>
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
    <name>ItemsTab</name>
    <message>
        <source>Analyse</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>과목:</translation>
    </message>
    <message>
        <source>Min. answers:</source>
        <translation>최소 응답 수:</translation>
    </message>
    <message>
        <source>Flag when |z| &gt;</source>
        <translation>|z| 초과 시 표시:</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>문항 분석</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>시험 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>문항 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>부적합 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>marginal reliability of θ {0:.2f}</source>
        <translation>θ의 주변 신뢰도 {0:.2f}</translation>
    </message>
</context>
<context>
    <name>KeyboardSort</name>
    <message>
        <source>Sorted by %1, ascending</source>
        <extracomment>sorts a table by the column of its current cell (again: the other way round)</extracomment>
        <translation>%1 오름차순으로 정렬됨</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>%1 내림차순으로 정렬됨</translation>
    </message>
    <message>
        <source>%1 sorts by the current column.</source>
        <translation>%1: 현재 열로 정렬합니다.</translation>
    </message>
    <message>
        <source>Click a column title to sort; from the keyboard: %1.</source>
        <translation>열 제목을 누르면 정렬됩니다. 키보드로는 %1.</translation>
    </message>
</context>
<context>
    <name>KioskCheckIn</name>
    <message>
        <source>Test check-in</source>
        <translation>시험 입실</translation>
    </message>
    <message>
        <source>Sign in with your student number or email and your password.</source>
        <translation>학번(또는 이메일)과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Student number or email:</source>
        <translation type="vanished">학번 또는 이메일(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="vanished">비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">언어(&amp;L):</translation>
    </message>
    <message>
        <source>Student number or email:</source>
        <translation>학번 또는 이메일:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>학교:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>입실</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Clears what you typed. The test station stays open.</source>
        <translation>입력한 내용을 지웁니다. 시험 화면은 닫히지 않습니다.</translation>
    </message>
    <message>
        <source>Test station</source>
        <translation>시험용 PC</translation>
    </message>
    <message>
        <source>Close the test station</source>
        <translation>시험용 PC 닫기</translation>
    </message>
    <message>
        <source>Quit password:</source>
        <translation>종료 비밀번호:</translation>
    </message>
    <message>
        <source>The quit password is not right.</source>
        <translation>종료 비밀번호가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Close the test station on this PC?</source>
        <translation>이 PC의 시험 화면을 닫을까요?</translation>
    </message>
    <message>
        <source>Enter your student number or email and your password.</source>
        <translation>학번(또는 이메일)과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Your account belongs to no school on this server, so it cannot choose this PC&apos;s school.</source>
        <translation>이 계정은 이 서버의 어느 학교에도 속하지 않아 이 PC의 학교를 정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Students on this PC now sign in at %1.</source>
        <translation>이제 이 PC에서는 학생들이 %1 학생으로 로그인합니다.</translation>
    </message>
    <message>
        <source>Students on this PC now choose their school.</source>
        <translation>이제 이 PC에서는 학생들이 자기 학교를 고릅니다.</translation>
    </message>
    <message>
        <source>This PC&apos;s school was not changed.</source>
        <translation>이 PC의 학교는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. This account is locked for 15 minutes; ask your teacher.</source>
        <translation type="vanished">로그인에 여러 번 실패하여 이 계정이 15분 동안 잠겼습니다. 선생님께 말씀하세요.</translation>
    </message>
    <message>
        <source>Wrong student number, email or password.</source>
        <translation type="vanished">학번, 이메일 또는 비밀번호가 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>KioskSchoolDialog</name>
    <message>
        <source>This PC&apos;s school</source>
        <translation>이 PC의 학교</translation>
    </message>
    <message>
        <source>Signed in as %1 (administrator).
A student number is unique only within a school: choose whose students sign in on this PC. You are signed out afterwards.</source>
        <translation>%1(관리자)(으)로 로그인했습니다.
학번은 한 학교 안에서만 겹치지 않으므로, 이 PC에서 어느 학교 학생들이 로그인할지 고르세요. 고른 뒤에는 로그아웃됩니다.</translation>
    </message>
    <message>
        <source>&amp;This PC belongs to %1</source>
        <translation>이 PC는 %1 소속(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Students choose their school</source>
        <translation>학생이 자기 학교를 고름(&amp;S)</translation>
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
        <source>Elementary school</source>
        <translation>초등학교</translation>
    </message>
    <message>
        <source>Middle school</source>
        <translation>중학교</translation>
    </message>
    <message>
        <source>High school</source>
        <translation>고등학교</translation>
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
        <source>Pretest (unscored)</source>
        <translation>사전 검사(채점 안 함)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>이전 버전</translation>
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
        <translation type="vanished">수학</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="vanished">영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="vanished">국어</translation>
    </message>
    <message>
        <source>Science</source>
        <translation type="vanished">과학</translation>
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
            <numerusform>응시 가능한 시험 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>이어서 응시(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>응시 시작(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Learning curve</source>
        <translation>학습 곡선</translation>
    </message>
</context>
<context>
    <name>LineReaderGrip</name>
    <message>
        <source>Line reader</source>
        <translation>줄 읽기 도구</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move it; Ctrl+Shift+Up and Ctrl+Shift+Down change its height</source>
        <translation>Ctrl+위쪽/아래쪽 화살표로 옮기고, Ctrl+Shift+위쪽/아래쪽 화살표로 높이를 바꿉니다</translation>
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
        <translation type="vanished">이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Email or student no.:</source>
        <translation>이메일 또는 학번(&amp;E):</translation>
    </message>
    <message>
        <source>staff: email · students: student number</source>
        <translation>교직원: 이메일 · 학생: 학번</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>학교(&amp;H):</translation>
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
        <source>Enter your email or student number and your password.</source>
        <translation>이메일 또는 학번과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation type="vanished">이메일과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. This account is locked for 15 minutes; ask your administrator if you need it sooner.</source>
        <translation type="vanished">로그인에 여러 번 실패하여 이 계정이 15분 동안 잠겼습니다. 급하면 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Wrong student number or password.</source>
        <translation type="vanished">학번 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation type="vanished">이메일 또는 비밀번호가 틀렸습니다.</translation>
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
    <message numerus="yes">
        <source>Demo: past exams being taken (%1 of %n)</source>
        <translation>
            <numerusform>데모: 지난 시험 진행 중(%n건 중 %1건)</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo school&apos;s past exams are all taken: the statistics are complete.</source>
        <translation>데모 학교의 지난 시험을 모두 치렀습니다. 이제 통계가 완전합니다.</translation>
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
        <source>Change &amp;password…</source>
        <translation>비밀번호 변경(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>G&amp;o</source>
        <translation>이동(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="vanished">이동(&amp;G)</translation>
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
        <source>&amp;High contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>설정(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="vanished">설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;School settings…</source>
        <translation>학교 설정(&amp;S)…</translation>
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
        <source>Password changed.</source>
        <translation>비밀번호를 바꿨습니다.</translation>
    </message>
    <message>
        <source>School settings saved.</source>
        <translation>학교 설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
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
        <source>Seat no.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Gender (not stored)</source>
        <translation>성별 (저장 안 함)</translation>
    </message>
    <message>
        <source>Date of birth (not stored)</source>
        <translation>생년월일 (저장 안 함)</translation>
    </message>
    <message>
        <source>Excel workbook (%1)</source>
        <translation>엑셀 통합 문서 (%1)</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(파일에 없음)</translation>
    </message>
</context>
<context>
    <name>MaskTools</name>
    <message>
        <source>Show</source>
        <extracomment>band edge width in pixels; the dimmed parts keep this share of the page colour over them the band shows this many lines of the question&apos;s text by default (Ctrl+Shift+Up/Down: 1–5)</extracomment>
        <translation>보이기</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>가리기</translation>
    </message>
    <message>
        <source>Show answer %1</source>
        <translation>답 %1 보이기</translation>
    </message>
    <message>
        <source>Hide answer %1</source>
        <translation>답 %1 가리기</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>되살리기</translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Restore answer %1</source>
        <translation>답 %1 되살리기</translation>
    </message>
    <message>
        <source>Strike out answer %1</source>
        <translation>답 %1 지우기</translation>
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
    <name>MyResults</name>
    <message>
        <source>Ended by your teacher</source>
        <translation>선생님이 시험을 끝냄</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) correct (%2%)</source>
        <translation>
            <numerusform>%n문항 중 %1개 정답 (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>θ %1 (95% interval %2)</source>
        <translation>능력(θ) %1 (95% 구간 %2)</translation>
    </message>
    <message>
        <source>Finished (your teacher does not show results)</source>
        <translation>끝남 (선생님이 결과를 공개하지 않음)</translation>
    </message>
    <message>
        <source>Choose an exam to see what its result means.</source>
        <translation>시험을 고르면 결과가 무슨 뜻인지 보입니다.</translation>
    </message>
    <message>
        <source>Your teacher ended this test before you finished it.</source>
        <translation>선생님이 내가 다 풀기 전에 이 시험을 끝냈습니다.</translation>
    </message>
    <message>
        <source>In this test everyone gets items near their own level, so the share of correct answers is not a grade.</source>
        <translation>이 시험에서는 모두 자기 수준에 가까운 문항을 받으므로 정답 비율은 성적이 아닙니다.</translation>
    </message>
    <message>
        <source>θ is your ability estimate on the item bank&apos;s scale: 0 is the average of the group the items were calibrated on; most students are between −2 and +2. The standard error is %1.</source>
        <translation>θ는 문항 은행 척도에서 추정한 내 능력입니다. 0은 문항을 보정한 집단의 평균이고 대부분의 학생은 −2에서 +2 사이에 있습니다. 표준오차는 %1입니다.</translation>
    </message>
    <message>
        <source>Your teacher chose not to show results for this test. Your answers were saved.</source>
        <translation>선생님이 이 시험의 결과를 보여 주지 않기로 했습니다. 답은 저장되었습니다.</translation>
    </message>
</context>
<context>
    <name>MyResultsScreen</name>
    <message>
        <source>My results</source>
        <translation>내 결과</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n finished exam(s)</source>
        <translation>
            <numerusform>끝난 시험 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished exams yet.</source>
        <translation>아직 끝난 시험이 없습니다.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <source>Stored with items, classes and exams; it cannot change later. Letters, digits, &apos;_&apos; or &apos;-&apos;, e.g. physics.</source>
        <translation>문항, 학급, 시험에 저장되며 나중에 바꿀 수 없습니다. 영문자, 숫자, &apos;_&apos;, &apos;-&apos;로 씁니다(예: physics).</translation>
    </message>
    <message>
        <source>&amp;Korean name</source>
        <translation>한국어 이름(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>영어 이름(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>순서(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>My exams</source>
        <translation>내 시험</translation>
    </message>
    <message>
        <source>My results</source>
        <translation>내 결과</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>홈</translation>
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
        <source>Subjects</source>
        <translation>과목</translation>
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
        <source>This screen could not be opened. The details were written to the log file.</source>
        <translation>이 화면을 열 수 없습니다. 자세한 내용은 로그 파일에 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>NewItemsDialog</name>
    <message>
        <source>New items</source>
        <translation>새 문항</translation>
    </message>
    <message>
        <source>Filter by code</source>
        <translation>코드로 찾기</translation>
    </message>
    <message>
        <source>Tick the items to calibrate. Every other active item keeps its parameters and anchors the scale; anchors that drifted are released and shown in the result.</source>
        <translation>추정할 문항에 표시하세요. 나머지 사용 중 문항은 모수를 그대로 두고 척도의 기준(앵커)이 됩니다. 표류한 앵커는 해제되어 결과에 표시됩니다.</translation>
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
            <numerusform>기관 %n개</numerusform>
        </translation>
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
    <name>PCorrectVsDifficultyChart</name>
    <message>
        <source>Observed p-correct vs difficulty</source>
        <translation>난이도별 실제 정답률</translation>
    </message>
    <message>
        <source>Difficulty b</source>
        <translation>난이도 b</translation>
    </message>
    <message>
        <source>Proportion correct</source>
        <translation>정답률</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>Expected from parameters</source>
        <translation>모수 기반 기대값</translation>
    </message>
    <message>
        <source>Flagged (misfit)</source>
        <translation>부적합 표시</translation>
    </message>
    <message>
        <source>No items with answers</source>
        <translation>응답이 있는 문항이 없습니다</translation>
    </message>
    <message>
        <source>{0}: b={1:.2f}, observed {2:.2f}, expected {3:.2f}, n={4:g}</source>
        <translation>{0}: b={1:.2f}, 실제 {2:.2f}, 기대 {3:.2f}, n={4:g}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Passage</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>본문(&amp;X):</translation>
    </message>
</context>
<context>
    <name>PasswordSheet</name>
    <message>
        <source>Initial passwords</source>
        <translation>초기 비밀번호</translation>
    </message>
    <message>
        <source>How to sign in: on the sign-in screen type your student number in &quot;Email or student no.&quot;, then the password below.</source>
        <translation>로그인 방법: 로그인 화면의 &quot;이메일 또는 학번&quot; 칸에 학번을 입력하고, 아래의 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Give each student only their own row and keep this sheet safe.</source>
        <translation>학생마다 자기 줄만 나눠 주고, 이 종이는 안전하게 보관하세요.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>학번</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>초기 비밀번호</translation>
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
        <source>New &amp;initial passwords…</source>
        <translation>새 초기 비밀번호(&amp;I)…</translation>
    </message>
    <message>
        <source>Acco&amp;mmodations…</source>
        <translation>편의 지원(&amp;M)…</translation>
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
            <numerusform>%n명을 비활성화할까요? 로그인할 수 없게 되며, 학급과 성적은 그대로 유지됩니다.</numerusform>
        </translation>
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
        <source>New initial passwords</source>
        <translation>새 초기 비밀번호</translation>
    </message>
    <message numerus="yes">
        <source>Give %n person(s) a new initial password? Their current password stops working and they are signed out. Next you choose where to save the printable sheet.</source>
        <translation>
            <numerusform>%n명에게 새 초기 비밀번호를 줄까요? 지금 비밀번호는 더 이상 쓸 수 없고 로그인도 끝납니다. 다음 단계에서 인쇄용 안내문을 저장할 곳을 고릅니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save password sheet</source>
        <translation>비밀번호 안내문 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The passwords were changed but the sheet could not be saved (%1). Select the same people and give them new passwords again.</source>
        <translation>비밀번호는 바뀌었지만 안내문을 저장하지 못했습니다(%1). 같은 사람들을 선택해 새 비밀번호를 다시 만드세요.</translation>
    </message>
    <message numerus="yes">
        <source>New initial passwords for %n person(s); sheet saved to %1.</source>
        <translation>
            <numerusform>%n명의 새 초기 비밀번호를 만들었습니다. 안내문: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>교직원</translation>
    </message>
    <message>
        <source>Grade %1, class %2</source>
        <translation>%1학년 %2반</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1학년</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>편의 지원</translation>
    </message>
    <message>
        <source>Accommodations are set on students.</source>
        <translation>편의 지원은 학생에게만 설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Accommodations of %1 saved.</source>
        <translation>%1 학생의 편의 지원을 저장했습니다.</translation>
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
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>&amp;Class no.</source>
        <translation>반(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;eat no.</source>
        <translation>번호(&amp;E)</translation>
    </message>
    <message>
        <source>empty: made from grade, class and seat number</source>
        <translation>비우면 학년·반·번호로 만듭니다</translation>
    </message>
    <message>
        <source>Student n&amp;umber</source>
        <translation>학번(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>과목(&amp;S)</translation>
    </message>
    <message>
        <source>may stay empty: students sign in with their student number</source>
        <translation>비워 둘 수 있음: 학생은 학번으로 로그인합니다</translation>
    </message>
    <message>
        <source>required: staff sign in with their email</source>
        <translation>필수: 교직원은 이메일로 로그인합니다</translation>
    </message>
    <message>
        <source>Staff need an email address to sign in.</source>
        <translation>교직원은 로그인할 이메일 주소가 있어야 합니다.</translation>
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
            <numerusform>%n개 행 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>신규 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>수정 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>변경 없음 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>수강 등록 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; fix the file and try again.</source>
        <translation>
            <numerusform>%n개 행에 문제가 있습니다. 파일을 고친 뒤 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): read them below before importing.</source>
        <translation>
            <numerusform>주의 %n건: 가져오기 전에 아래를 읽어 보세요.</numerusform>
        </translation>
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
    <name>ProctorConsole</name>
    <message>
        <source>%1× time</source>
        <translation>시간 %1배</translation>
    </message>
    <message>
        <source>%1% text</source>
        <translation>글자 %1%</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>answer masking</source>
        <translation>답지 가리기</translation>
    </message>
    <message>
        <source>line reader</source>
        <translation>줄 읽기 도우미</translation>
    </message>
    <message>
        <source>read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Extend time…</source>
        <translation>시간 연장…</translation>
    </message>
    <message>
        <source>End test…</source>
        <translation>시험 종료…</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>모두 일시 정지</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>모두 다시 진행</translation>
    </message>
    <message>
        <source>Extend all…</source>
        <translation>모두 시간 연장…</translation>
    </message>
    <message>
        <source>Testing %1 · paused %2 · disconnected %3 · not started %4 · finished %5</source>
        <translation>응시 중 %1 · 일시 정지 %2 · 연결 끊김 %3 · 시작 전 %4 · 완료 %5</translation>
    </message>
    <message>
        <source>Cannot reach the server; retrying… (%1)</source>
        <translation>서버에 연결할 수 없습니다. 다시 시도하는 중… (%1)</translation>
    </message>
    <message>
        <source>Extend time</source>
        <translation>시간 연장</translation>
    </message>
    <message numerus="yes">
        <source>Extra minutes for each of the %n student(s) still testing:</source>
        <translation>
            <numerusform>응시 중인 학생 %n명에게 각각 더 줄 시간(분):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause the test of all %n student(s) now? Their clocks stop until you resume.</source>
        <translation>
            <numerusform>응시 중인 학생 %n명의 시험을 모두 일시 정지할까요? 다시 진행할 때까지 시간이 멈춥니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Let all %n paused student(s) continue?</source>
        <translation>
            <numerusform>일시 정지된 학생 %n명의 시험을 모두 다시 진행할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) already had time until the exam closes and got no more. To give more time, move the exam&apos;s closing time first.</source>
        <translation>
            <numerusform>학생 %n명은 이미 시험 마감 시각까지 시간이 있어 더 받지 못했습니다. 시간을 더 주려면 먼저 시험 마감 시각을 늦추세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra minutes for %1:</source>
        <translation>%1 학생에게 줄 추가 시간(분):</translation>
    </message>
    <message>
        <source>Pause the test of %1? Their clock stops until you resume.</source>
        <translation>%1 학생의 시험을 일시 정지할까요? 재개할 때까지 시간이 멈춥니다.</translation>
    </message>
    <message>
        <source>Resume the test of %1?</source>
        <translation>%1 학생의 시험을 재개할까요?</translation>
    </message>
    <message>
        <source>End the test of %1 now? This cannot be undone.</source>
        <translation>%1 학생의 시험을 지금 종료할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Proctor</source>
        <translation>감독</translation>
    </message>
</context>
<context>
    <name>PsychometricsScreen</name>
    <message>
        <source>Subject:</source>
        <translation>과목:</translation>
    </message>
    <message>
        <source>Bank information</source>
        <translation>문항은행 정보량</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>모수 추정</translation>
    </message>
    <message>
        <source>What-if simulation</source>
        <translation>모의실험</translation>
    </message>
    <message>
        <source>DIF</source>
        <translation>DIF(차별기능)</translation>
    </message>
    <message>
        <source>Calibrating items…</source>
        <translation>문항 모수를 추정하는 중…</translation>
    </message>
    <message>
        <source>Calibration finished; review and accept the items you trust.</source>
        <translation>모수 추정이 끝났습니다. 결과를 검토하고 믿을 수 있는 문항을 채택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Store new parameters for %n item(s) as a new bank version? The old parameters stay in the history and finished sessions keep theirs.</source>
        <translation>
            <numerusform>문항 %n개의 새 모수를 새 문항은행 버전으로 저장할까요? 기존 모수는 이력에 남고, 끝난 시험은 기존 모수를 그대로 씁니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) now have new parameters (new bank version).</source>
        <translation>
            <numerusform>문항 %n개에 새 모수를 저장했습니다 (새 문항은행 버전).</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept calibration</source>
        <translation>모수 추정 결과 채택</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>모의실험 중…</translation>
    </message>
    <message>
        <source>Simulation finished.</source>
        <translation>모의실험이 끝났습니다.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>파일 폴더</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 파일</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>바로 가기</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>별칭</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Grade {0}</source>
        <translation type="vanished">{0}학년</translation>
    </message>
    <message>
        <source>Reports for a grade</source>
        <translation>학년 전체 보고서</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>학년:</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>보고서를 저장할 폴더</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation>
            <numerusform>보고서 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0}을(를) 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} 저장함</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>formative</source>
        <translation>형성</translation>
    </message>
    <message>
        <source>unit test</source>
        <translation>단원평가</translation>
    </message>
    <message>
        <source>midterm</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>final</source>
        <translation>기말</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Open session record</source>
        <translation>응시 기록 열기</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) finished</source>
        <translation>
            <numerusform>학생 %n명 중 %1명 완료</numerusform>
        </translation>
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
    <name>SchoolFields</name>
    <message>
        <source>School &amp;name:</source>
        <translation>학교 이름(&amp;N):</translation>
    </message>
    <message>
        <source>School &amp;level:</source>
        <translation>학교급(&amp;L):</translation>
    </message>
    <message>
        <source>Student number &amp;format:</source>
        <translation>학번 형식(&amp;F):</translation>
    </message>
    <message>
        <source>Grade 1, class 1, number 1 → %1 · grade 3, class 12, number 34 → %2</source>
        <translation>1학년 1반 1번 → %1 · 3학년 12반 34번 → %2</translation>
    </message>
    <message>
        <source>Grade 1, class 1, number 1 → %1 · class 12 or number 34 do not fit: make the C or N part longer</source>
        <translation>1학년 1반 1번 → %1 · 12반이나 34번은 들어가지 않습니다. C나 N 부분을 늘리세요</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>학교 정보</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Enter your school; you can change these later in the school settings.</source>
        <translation>이 데이터베이스에는 아직 관리자가 없습니다. 학교 정보를 입력하세요. 나중에 학교 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>For scripted set-ups use the command line instead: dreamseed-admin create-admin.</source>
        <translation>스크립트로 설정하려면 명령줄의 dreamseed-admin create-admin을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message>
        <source>School settings</source>
        <translation>학교 설정</translation>
    </message>
    <message>
        <source>Students &amp;change the password the school gave them at their first sign-in</source>
        <translation>학생은 처음 로그인할 때 학교에서 받은 비밀번호를 바꿉니다(&amp;C)</translation>
    </message>
    <message>
        <source>Turn this off for young pupils who keep the printed password. Staff always change a password an administrator set.</source>
        <translation>인쇄된 비밀번호를 계속 쓰는 저학년이라면 끄세요. 교직원은 관리자가 정한 비밀번호를 항상 바꿉니다.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ScoreHistogramChart</name>
    <message>
        <source>Score distribution</source>
        <translation type="vanished">점수 분포</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">점수</translation>
    </message>
    <message>
        <source>% correct distribution</source>
        <translation>정답률 분포</translation>
    </message>
    <message>
        <source>% correct of items answered</source>
        <translation>푼 문항 중 정답률(%)</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>%1 (SE %2, n = %3)</source>
        <translation>%1 (표준오차 %2, n = %3)</translation>
    </message>
    <message>
        <source>all items given</source>
        <translation>최대 문항 수 도달</translation>
    </message>
    <message>
        <source>precision reached</source>
        <translation>목표 정밀도 도달</translation>
    </message>
    <message>
        <source>no informative items left</source>
        <translation>정보량 있는 문항 없음</translation>
    </message>
    <message>
        <source>item pool used up</source>
        <translation>문항 풀 소진</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>시간 제한</translation>
    </message>
    <message>
        <source>student finished</source>
        <translation>학생이 마침</translation>
    </message>
    <message>
        <source>teacher ended it</source>
        <translation>교사가 종료</translation>
    </message>
    <message>
        <source>not resumed in time</source>
        <translation>재개 기한 경과</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no – time ran out before the minimum items</source>
        <translation>아니요 – 최소 문항 수 전에 시간 종료</translation>
    </message>
    <message>
        <source>no – ended before the minimum items</source>
        <translation>아니요 – 최소 문항 수 전에 종료</translation>
    </message>
    <message>
        <source>no – ended by the teacher</source>
        <translation>아니요 – 교사가 종료</translation>
    </message>
    <message>
        <source>not yet – still running</source>
        <translation>아직 – 진행 중</translation>
    </message>
    <message>
        <source>Correct / answered: items answered correctly of the items this student was given; % correct is the same as a percentage. In an adaptive test everyone gets items near their own level, so % correct does not compare students. θ (ability) is the comparable score, on the item bank&apos;s scale (0 = average of the group the items were calibrated on, most students between −2 and +2); SE is its standard error and the 95% interval is θ ± 1.96 SE. Averages are per subject and count only sessions that reached the minimum number of items.</source>
        <translation>맞힌 문항 / 푼 문항: 학생이 받은 문항 중 맞힌 문항 수이며, 정답률(%)은 이를 백분율로 나타낸 것입니다. 적응형 검사에서는 모두가 자기 수준에 가까운 문항을 받으므로 정답률로 학생을 비교할 수 없습니다. θ (능력)가 학생끼리 비교할 수 있는 점수로, 문항은행의 척도입니다(0 = 문항을 보정한 집단의 평균, 대부분의 학생은 −2에서 +2 사이). 표준오차는 θ의 표준오차이고, 95% 구간은 θ ± 1.96 × 표준오차입니다. 평균은 과목별로 내며 최소 문항 수에 도달한 응시만 반영합니다.</translation>
    </message>
</context>
<context>
    <name>SecurityCheck</name>
    <message>
        <source>revoked the shared built-ins and pg_stat_activity from PUBLIC</source>
        <extracomment>``db.findings.Finding`` templates of ``security check`` (problems, warnings, what --fix did)</extracomment>
        <translation>공유 내장 함수와 pg_stat_activity 권한을 PUBLIC에서 회수함</translation>
    </message>
    <message>
        <source>{owner} inherits pg_signal_backend/pg_read_all_stats (PostgreSQL 15)</source>
        <translation>{owner}이(가) pg_signal_backend/pg_read_all_stats 권한을 상속하게 함 (PostgreSQL 15)</translation>
    </message>
    <message>
        <source>{power} for {role} on {table}: results are written only by the server (exam API, exam.correct_answer); security check --fix revokes it</source>
        <translation>{role}에 {table}의 {power} 권한이 있음: 결과는 서버만 씁니다(exam API, exam.correct_answer). security check --fix가 회수합니다</translation>
    </message>
    <message>
        <source>write policy {policy} on {table}: results are written only by the server</source>
        <translation>{table}에 쓰기 정책 {policy}이(가) 있음: 결과는 서버만 씁니다</translation>
    </message>
    <message>
        <source>table-level {power} for {role} on {table} (allows LOCK TABLE; use column UPDATE grants and definer functions)</source>
        <translation>{role}에 {table}의 테이블 수준 {power} 권한이 있음(LOCK TABLE이 가능해집니다. 열 단위 UPDATE 권한과 definer 함수를 쓰세요)</translation>
    </message>
    <message>
        <source>{role} may run DO blocks in {language} (USAGE on the language; needs a superuser: security check --fix)</source>
        <translation>{role}이(가) {language}로 DO 블록을 실행할 수 있음(언어 USAGE 권한. 슈퍼유저로 security check --fix를 실행하세요)</translation>
    </message>
    <message>
        <source>connection limits {limits} add up to more than max_connections allows ({budget} after reserved and maintenance connections): students could still use up staff&apos;s</source>
        <translation>연결 한도 {limits}의 합이 max_connections가 허용하는 수(예약·관리 연결을 뺀 {budget})보다 큼: 학생들이 교직원 연결까지 다 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>{owner} lacks pg_signal_backend/pg_read_all_stats: stuck client sessions are not ended at sign-in (needs a superuser: security check --fix)</source>
        <translation>{owner}에 pg_signal_backend/pg_read_all_stats 권한이 없음: 멈춘 클라이언트 세션이 로그인 때 정리되지 않습니다(슈퍼유저로 security check --fix를 실행하세요)</translation>
    </message>
    <message>
        <source>cleared the settings planted on {role}</source>
        <translation>{role}에 심어진 설정을 지움</translation>
    </message>
    <message>
        <source>cleared the database-level settings</source>
        <translation>데이터베이스 수준 설정을 지움</translation>
    </message>
    <message>
        <source>revoked {power} on {table} from {role}</source>
        <translation>{role}에서 {table}의 {power} 권한을 회수함</translation>
    </message>
    <message>
        <source>not a superuser: built-ins, pg_stat_activity and the owner&apos;s signalling rights were left as they are (run --fix with a superuser URL)</source>
        <translation>슈퍼유저가 아님: 내장 함수, pg_stat_activity, 소유자의 신호 권한은 그대로 두었습니다(슈퍼유저 URL로 --fix를 실행하세요)</translation>
    </message>
    <message>
        <source>revoked USAGE on language {language} (DO blocks) from PUBLIC and the client roles</source>
        <translation>PUBLIC과 클라이언트 역할에서 {language} 언어의 USAGE 권한(DO 블록)을 회수함</translation>
    </message>
    <message>
        <source>log_statement = {value} for {role}: sign-in proofs, session tokens and new passwords would be written to the server log (use &apos;ddl&apos; or &apos;none&apos;)</source>
        <translation>{role}의 log_statement = {value}: 로그인 증명, 세션 토큰, 새 비밀번호가 서버 로그에 기록됩니다(&apos;ddl&apos;이나 &apos;none&apos;을 쓰세요)</translation>
    </message>
    <message>
        <source>log_parameter_max_length_on_error = {value} for {role} logs the parameters (proofs, tokens) of failing statements</source>
        <translation>{role}의 log_parameter_max_length_on_error = {value}: 실패한 문장의 매개변수(증명, 토큰)가 로그에 기록됩니다</translation>
    </message>
    <message>
        <source>setting planted on {role} in database {database}: {setting} (security check --fix clears it)</source>
        <translation>데이터베이스 {database}에서 {role}에 심어진 설정: {setting} (security check --fix가 지웁니다)</translation>
    </message>
    <message>
        <source>setting planted on {role}: {setting} (security check --fix clears it)</source>
        <translation>{role}에 심어진 설정: {setting} (security check --fix가 지웁니다)</translation>
    </message>
    <message>
        <source>{role} may run {function} (acts on other sessions; needs a superuser: security check --fix)</source>
        <translation>{role}이(가) {function}을(를) 실행할 수 있음(다른 세션에 작용합니다. 슈퍼유저로 security check --fix를 실행하세요)</translation>
    </message>
    <message>
        <source>missing login role {role}</source>
        <translation>로그인 역할 {role}이(가) 없음</translation>
    </message>
    <message>
        <source>{group} can log in (it is the group role; clients use {role})</source>
        <translation>{group}이(가) 로그인할 수 있음(그룹 역할입니다. 클라이언트는 {role}을(를) 씁니다)</translation>
    </message>
    <message>
        <source>revoked table-level write powers on {table} from {role}</source>
        <translation>{role}에서 {table}의 테이블 수준 쓰기 권한을 회수함</translation>
    </message>
    <message>
        <source>{key} = {value} for {role} logs statements with their parameters (proofs, tokens): set log_parameter_max_length = 0 or switch it off</source>
        <translation>{role}의 {key} = {value}: 문장을 매개변수(증명, 토큰)와 함께 기록합니다. log_parameter_max_length = 0으로 하거나 끄세요</translation>
    </message>
    <message>
        <source>session default missing on {role}: {setting} (security check --fix sets it)</source>
        <translation>{role}에 세션 기본값이 없음: {setting} (security check --fix가 설정합니다)</translation>
    </message>
    <message>
        <source>{role} may read {view} (other clients&apos; statements)</source>
        <translation>{role}이(가) {view}을(를) 읽을 수 있음(다른 클라이언트의 문장)</translation>
    </message>
    <message>
        <source>{role} has no connection limit</source>
        <translation>{role}에 연결 한도가 없음</translation>
    </message>
    <message>
        <source>tables without ENABLE+FORCE row-level security or not owned by dreamseed_owner: {name}</source>
        <translation>행 수준 보안(ENABLE+FORCE)이 없거나 dreamseed_owner 소유가 아닌 테이블: {name}</translation>
    </message>
    <message>
        <source>SECURITY DEFINER functions without a pinned search_path: {name}</source>
        <translation>search_path가 고정되지 않은 SECURITY DEFINER 함수: {name}</translation>
    </message>
    <message>
        <source>functions anyone (PUBLIC) may execute: {name}</source>
        <translation>누구나(PUBLIC) 실행할 수 있는 함수: {name}</translation>
    </message>
    <message>
        <source>client role with extra powers or memberships: {name}</source>
        <translation>추가 권한이나 멤버십이 있는 클라이언트 역할: {name}</translation>
    </message>
    <message>
        <source>missing roles: {name}</source>
        <translation>없는 역할: {name}</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>The database on this PC stopped unexpectedly and has been started again. Everything saved before is kept; if you were saving something at that moment, check that it was saved.</source>
        <translation>이 PC의 데이터베이스가 갑자기 멈춰서 다시 시작했습니다. 전에 저장한 것은 모두 그대로 있습니다. 그때 무언가를 저장하던 중이었다면 저장되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>The database on this PC has stopped and could not be started again. Close DreamSeed and start it again; if that does not help, restart the PC.</source>
        <translation>이 PC의 데이터베이스가 멈췄고 다시 시작하지 못했습니다. DreamSeed를 닫았다가 다시 실행하세요. 그래도 안 되면 PC를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Database on this PC</source>
        <translation>이 PC의 데이터베이스</translation>
    </message>
</context>
<context>
    <name>SessionRecordDialog</name>
    <message>
        <source>Session record — %1</source>
        <translation>응시 기록 — %1</translation>
    </message>
    <message>
        <source>&amp;Correct answer…</source>
        <translation>답안 정정(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark the selected answer right or wrong (e.g. a wrong answer key); the session is re-scored and the change is audited.</source>
        <translation>선택한 답안을 정답 또는 오답으로 처리합니다(예: 정답 키 오류). 응시가 다시 채점되고 변경 내용은 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Re-scoring…</source>
        <translation>다시 채점하는 중…</translation>
    </message>
    <message>
        <source>Question %1 corrected. θ %2 → %3, SE %4 → %5.</source>
        <translation>%1번 문제를 정정했습니다. 능력(θ) %2 → %3, 표준오차(SE) %4 → %5.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · θ %3 · SE %4 · %n item(s)</source>
        <translation type="vanished">
            <numerusform>%1 · %2 · θ %3 · SE %4 · %n문항</numerusform>
        </translation>
    </message>
    <message>
        <source>Algorithm %1 · item bank version %2 · stored with the session</source>
        <translation>알고리즘 %1 · 문항 은행 버전 %2 · 응시 기록에 저장됨</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up DreamSeed Desktop</source>
        <translation>DreamSeed Desktop 설정</translation>
    </message>
    <message>
        <source>Creating the school…</source>
        <translation>학교를 만드는 중…</translation>
    </message>
    <message>
        <source>This database is already set up. Close this window and sign in with an administrator account.</source>
        <translation>이 데이터베이스는 이미 설정되어 있습니다. 이 창을 닫고 관리자 계정으로 로그인하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new student(s).</source>
        <translation>
            <numerusform>가져옴: 새 학생 %n명.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Too many failed sign-ins. This account is locked for 15 minutes; ask your teacher.</source>
        <translation>로그인에 여러 번 실패하여 이 계정이 15분 동안 잠겼습니다. 선생님께 말씀하세요.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. This account is locked for 15 minutes; ask your administrator if you need it sooner.</source>
        <translation>로그인에 여러 번 실패하여 이 계정이 15분 동안 잠겼습니다. 급하면 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Wrong student number, email or password.</source>
        <translation>학번, 이메일 또는 비밀번호가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Wrong student number or password.</source>
        <translation>학번 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>이메일 또는 비밀번호가 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>SimulationTab</name>
    <message>
        <source>EAP (expected a posteriori)</source>
        <translation>EAP (사후 기대값)</translation>
    </message>
    <message>
        <source>MAP (maximum a posteriori)</source>
        <translation>MAP (사후 최빈값)</translation>
    </message>
    <message>
        <source>MLE (maximum likelihood)</source>
        <translation>MLE (최대우도)</translation>
    </message>
    <message>
        <source>WLE (Warm&apos;s weighted likelihood)</source>
        <translation>WLE (Warm 가중우도)</translation>
    </message>
    <message>
        <source>Fisher information at θ</source>
        <translation>θ에서의 피셔 정보량</translation>
    </message>
    <message>
        <source>Kullback–Leibler (posterior-weighted)</source>
        <translation>쿨백-라이블러 (사후분포 가중)</translation>
    </message>
    <message>
        <source>Posterior-weighted information</source>
        <translation>사후분포 가중 정보량</translation>
    </message>
    <message>
        <source>Stop when SE ≤</source>
        <translation>표준오차(SE)가 다음 이하이면 종료:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Sympson–Hetter</source>
        <translation>Sympson–Hetter</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>모의실험 실행</translation>
    </message>
    <message>
        <source>CAT design</source>
        <translation>적응형 검사(CAT) 설계</translation>
    </message>
    <message>
        <source>Bank (subject):</source>
        <translation>문항은행 (과목):</translation>
    </message>
    <message>
        <source>Estimator:</source>
        <translation>추정 방법:</translation>
    </message>
    <message>
        <source>First items chosen by:</source>
        <translation>처음 문항 선택 방법:</translation>
    </message>
    <message>
        <source>Number of first items:</source>
        <translation>처음 문항 수:</translation>
    </message>
    <message>
        <source>Minimum items:</source>
        <translation>최소 문항 수:</translation>
    </message>
    <message>
        <source>Maximum items:</source>
        <translation>최대 문항 수:</translation>
    </message>
    <message>
        <source>Randomesque (pick among k best):</source>
        <translation>랜덤에스크 (상위 k개 중 선택):</translation>
    </message>
    <message>
        <source>Exposure control:</source>
        <translation>노출 통제:</translation>
    </message>
    <message>
        <source>Exposure target:</source>
        <translation>목표 노출률:</translation>
    </message>
    <message>
        <source>Simulated students</source>
        <translation>모의 학생</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>인원:</translation>
    </message>
    <message>
        <source>Mean θ:</source>
        <translation>평균 θ:</translation>
    </message>
    <message>
        <source>SD of θ:</source>
        <translation>θ 표준편차:</translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation>난수 시드:</translation>
    </message>
    <message>
        <source>Pick settings and press Simulate to see how precise and how long the test would be on your bank.</source>
        <translation>설정을 고르고 [모의실험 실행]을 누르면 우리 문항은행에서 시험이 얼마나 정확하고 얼마나 길지 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n student(s)</source>
        <translation>
            <numerusform>%1: %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} students on {1} items. RMSE {2:.3f}, bias {3:+.3f}, correlation {4}. Mean length {5:.1f} items (min {6}, max {7}). Items never used: {8:.0%}. Stopped by: {9}. Marginal reliability {10}.</source>
        <translation>학생 {0}명, 문항 {1}개. RMSE {2:.3f}, 편향 {3:+.3f}, 상관 {4}. 평균 길이 {5:.1f}문항 (최소 {6}, 최대 {7}). 한 번도 쓰이지 않은 문항: {8:.0%}. 종료 사유: {9}. 주변 신뢰도 {10}.</translation>
    </message>
    <message>
        <source>{0} students on {1} items. RMSE {2:.3f}, bias {3:+.3f}, correlation {4}. Mean length {5:.1f} items (min {6}, max {7}). Items never used: {8:.0%}. Stopped by: {9}.</source>
        <translation type="vanished">학생 {0}명, 문항 {1}개. RMSE {2:.3f}, 편향 {3:+.3f}, 상관 {4}. 평균 길이 {5:.1f}문항 (최소 {6}, 최대 {7}). 한 번도 쓰이지 않은 문항: {8:.0%}. 종료 사유: {9}.</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <source>DreamSeed Desktop is starting</source>
        <translation>DreamSeed Desktop을 시작하는 중</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The server address is not valid: %1</source>
        <extracomment>Qt&apos;s test engine (it ships in the same wheel and only pretends to speak)</extracomment>
        <translation>서버 주소가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1에 연결했습니다.</translation>
    </message>
    <message>
        <source>The database is up to date (revision %1).</source>
        <translation>데이터베이스가 최신 상태입니다(버전 %1).</translation>
    </message>
    <message>
        <source>The database has no DreamSeed tables yet. Ask your administrator to run: dreamseed-admin db upgrade</source>
        <translation>데이터베이스에 아직 DreamSeed 표가 없습니다. 관리자에게 다음 명령을 실행해 달라고 하세요: dreamseed-admin db upgrade</translation>
    </message>
    <message>
        <source>The database was made by a newer DreamSeed version (revision %1; this program knows up to %2). Use the version that made it, or restore a backup made with this version.</source>
        <translation>이 데이터베이스는 더 새로운 DreamSeed 버전이 만들었습니다(버전 %1, 이 프로그램은 %2까지 압니다). 데이터베이스를 만든 버전을 쓰거나, 이 버전으로 만든 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>The database is at revision %1 and this program needs %2. Ask your administrator to run: dreamseed-admin db upgrade</source>
        <translation>데이터베이스는 버전 %1이고 이 프로그램에는 %2가 필요합니다. 관리자에게 다음 명령을 실행해 달라고 하세요: dreamseed-admin db upgrade</translation>
    </message>
    <message>
        <source>The address points to a connection pooler (PgBouncer). Add ?pool_mode=transaction to the end of the address (or &amp;pool_mode=transaction if it already has a ?), then connect again.</source>
        <translation type="vanished">이 주소는 연결 풀러(PgBouncer)를 가리킵니다. 주소 끝에 ?pool_mode=transaction을 붙이고(주소에 ?가 이미 있으면 &amp;pool_mode=transaction), 다시 연결하세요.</translation>
    </message>
    <message>
        <source>The address points to a connection pooler (PgBouncer). Tick &apos;Through a connection pooler&apos;, or add ?pool_mode=transaction to the end of the address (&amp;pool_mode=transaction if it already has a ?), then connect again.</source>
        <translation>이 주소는 연결 풀러(PgBouncer)를 가리킵니다. &apos;연결 풀러를 거쳐&apos;를 선택하거나, 주소 끝에 ?pool_mode=transaction을 붙이고(주소에 ?가 이미 있으면 &amp;pool_mode=transaction) 다시 연결하세요.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>서버가 사용자 이름이나 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The server has no database with this name. Check the database name.</source>
        <translation>서버에 이 이름의 데이터베이스가 없습니다. 데이터베이스 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>The server has no user with this name. Check the user name.</source>
        <translation>서버에 이 이름의 사용자가 없습니다. 사용자 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the host name.</source>
        <translation>서버 이름을 찾을 수 없습니다. 호스트 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>The server did not answer. Check the host name and port, and that the server is running and reachable from this PC.</source>
        <translation>서버가 응답하지 않습니다. 호스트 이름과 포트, 그리고 서버가 켜져 있고 이 PC에서 접속할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Connected, but this user may not read the schema version. Ask your administrator to run: dreamseed-admin db upgrade</source>
        <translation>연결은 되었지만 이 사용자는 데이터베이스 버전을 읽을 수 없습니다. 관리자에게 다음 명령을 실행해 달라고 하세요: dreamseed-admin db upgrade</translation>
    </message>
    <message>
        <source>Could not connect. The server said: %1</source>
        <translation>연결하지 못했습니다. 서버의 메시지: %1</translation>
    </message>
    <message>
        <source>Demo school: every demo account has the password %1. Try a teacher (%2) or a student (%3) too.</source>
        <translation>데모 학교: 모든 데모 계정의 비밀번호는 %1입니다. 교사(%2)나 학생(%3)으로도 로그인해 보세요.</translation>
    </message>
    <message>
        <source>Its past exams are still being taken in the background: the statistics are complete when that is done.</source>
        <translation>지난 시험은 아직 백그라운드에서 치르는 중이며, 끝나면 통계가 완전해집니다.</translation>
    </message>
    <message>
        <source>DreamSeed cannot start</source>
        <translation>DreamSeed를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>DreamSeed cannot write to its data folder:
%1
(%2)

This PC&apos;s data (the database, or the answers of a test) are kept there, so the folder must be writable by this user and the disk must have free space. Ask the administrator to fix the folder, or to set DREAMSEED_DATA_DIR to a writable folder. Nothing was changed.</source>
        <translation>DreamSeed가 데이터 폴더에 쓸 수 없습니다:
%1
(%2)

이 PC의 데이터(데이터베이스나 시험 답안)를 이 폴더에 보관하므로, 이 사용자가 폴더에 쓸 수 있어야 하고 디스크에 빈 공간이 있어야 합니다. 관리자에게 폴더를 고치거나 DREAMSEED_DATA_DIR을 쓸 수 있는 폴더로 지정해 달라고 하세요. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Starting the database on this PC</source>
        <translation>이 PC의 데이터베이스 시작</translation>
    </message>
    <message>
        <source>Loading the demo school</source>
        <translation>데모 학교 불러오기</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1에 연결</translation>
    </message>
    <message>
        <source>Starting the database on this PC…</source>
        <translation type="vanished">이 PC의 데이터베이스를 시작하는 중…</translation>
    </message>
    <message>
        <source>The database on this PC could not be started: %1

Restart the PC and try again. If this keeps happening, give the log file to the administrator.</source>
        <translation>이 PC의 데이터베이스를 시작하지 못했습니다: %1

PC를 다시 시작하고 다시 시도하세요. 계속 그러면 로그 파일을 관리자에게 주세요.</translation>
    </message>
    <message>
        <source>Preparing the demo school…</source>
        <translation type="vanished">데모 학교를 준비하는 중…</translation>
    </message>
    <message>
        <source>This PC (embedded)</source>
        <translation>이 PC (내장)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="vanished">연결하는 중…</translation>
    </message>
    <message>
        <source>Cannot use the database</source>
        <translation>데이터베이스를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Checking the database version</source>
        <translation>데이터베이스 버전 확인</translation>
    </message>
    <message>
        <source>The database on this PC could not be read: %1</source>
        <translation>이 PC의 데이터베이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Creating the database (revision %1)</source>
        <translation>데이터베이스 만들기 (리비전 %1)</translation>
    </message>
    <message>
        <source>Updating the database from revision %1 to %2</source>
        <translation>데이터베이스 업데이트 (리비전 %1 → %2)</translation>
    </message>
    <message>
        <source>The database on this PC could not be updated: %1

Nothing was lost: the update is all or nothing. Give the log file to the administrator.</source>
        <translation>이 PC의 데이터베이스를 업데이트할 수 없습니다: %1

잃어버린 것은 없습니다. 업데이트는 전부 적용되거나 전혀 적용되지 않습니다. 로그 파일을 관리자에게 전달하세요.</translation>
    </message>
    <message>
        <source>Details are in the log file %1.</source>
        <extracomment>exit code after a start-up problem was shown to the user (EX_CONFIG): the kiosk launcher does not restart at once after it</extracomment>
        <translation>자세한 내용은 로그 파일 %1에 있습니다.</translation>
    </message>
    <message>
        <source>DreamSeed stopped several times in a row right after starting, so this PC has stopped trying. Call the administrator.</source>
        <translation>DreamSeed가 시작하자마자 여러 번 연달아 멈춰서 이 PC는 다시 시도하지 않습니다. 관리자를 불러 주세요.</translation>
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message>
        <source>Classes</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>문항</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>학급 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) tested</source>
        <translation>
            <numerusform>응시 학생 %n명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentReport</name>
    <message>
        <source>Student report</source>
        <translation>학생 보고서</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
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
        <source>Classes</source>
        <translation>학급</translation>
    </message>
    <message>
        <source>Sessions (completed)</source>
        <translation type="vanished">시험 (완료)</translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation>최근 시험</translation>
    </message>
    <message>
        <source>Average θ</source>
        <translation type="vanished">평균 θ</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="vanished">평균 점수</translation>
    </message>
    <message>
        <source>Sessions that count (all)</source>
        <translation>평균 반영 응시 (전체)</translation>
    </message>
    <message>
        <source>Mean θ, %1</source>
        <translation>평균 능력(θ), %1</translation>
    </message>
    <message>
        <source>Mean % correct, %1</source>
        <translation>평균 정답률, %1</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <source>θ after each completed session, with ±1 standard error; dotted lines are trends, the dashed line is the class average.</source>
        <translation>완료한 시험마다의 능력(θ)과 ±1 표준오차입니다. 점선은 추세, 파선은 학급 평균입니다.</translation>
    </message>
    <message>
        <source>{n} sessions, latest θ {theta}</source>
        <translation>시험 {n}회, 최근 능력(θ) {theta}</translation>
    </message>
    <message>
        <source>No completed sessions yet.</source>
        <translation>완료한 시험이 아직 없습니다.</translation>
    </message>
    <message>
        <source>θ after each item with the 95% band; green = correct, red = incorrect, grey diamonds = item difficulty.</source>
        <translation>문항마다의 능력(θ)과 95% 구간입니다. 초록 = 정답, 빨강 = 오답, 회색 마름모 = 문항 난이도.</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>시험 기록</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">학급</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">점수</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="vanished">문항</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>시험 기록이 없습니다.</translation>
    </message>
    <message>
        <source>θ (theta) is the ability estimate on the test&apos;s scale: 0 is average, most students are between −2 and +2. SE is its standard error.</source>
        <translation type="vanished">θ(세타)는 시험 척도에서 추정한 능력입니다. 0이 평균이며 대부분의 학생은 −2에서 +2 사이에 있습니다. SE는 그 표준오차입니다.</translation>
    </message>
</context>
<context>
    <name>StudentTab</name>
    <message>
        <source>Student report (PDF)…</source>
        <translation>학생 보고서 (PDF)…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>학급:</translation>
    </message>
    <message>
        <source>Students of the class</source>
        <translation>학급 학생</translation>
    </message>
    <message>
        <source>Sessions of the student</source>
        <translation>학생의 응시 기록</translation>
    </message>
</context>
<context>
    <name>SubjectsScreen</name>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>&amp;New subject…</source>
        <translation>새 과목(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Retire / &amp;restore</source>
        <translation>사용 중지/다시 사용(&amp;R)</translation>
    </message>
    <message>
        <source>Strands</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>New str&amp;and…</source>
        <translation>새 영역(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit strand…</source>
        <translation>영역 편집…</translation>
    </message>
    <message>
        <source>Retire / restore strand</source>
        <translation>영역 사용 중지/다시 사용</translation>
    </message>
    <message>
        <source>Items, classes and exams store a subject&apos;s code; every screen, report and export shows its name. Retired subjects keep their name where they are used but are no longer offered.</source>
        <translation>문항, 학급, 시험에는 과목 코드가 저장되고 모든 화면, 보고서, 내보내기에는 과목 이름이 보입니다. 사용 중지한 과목은 이미 쓰인 곳에서는 이름이 그대로 보이지만 새로 고를 수는 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>과목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Strands of %1</source>
        <translation>%1 영역</translation>
    </message>
    <message>
        <source>Strands (choose a subject)</source>
        <translation>영역 (과목을 고르세요)</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>새 과목</translation>
    </message>
    <message>
        <source>Edit subject %1</source>
        <translation>과목 편집: %1</translation>
    </message>
    <message>
        <source>Retire “%1”? It stays named where it is used but is no longer offered.</source>
        <translation>‘%1’ 과목을 사용 중지할까요? 이미 쓰인 곳에서는 이름이 그대로 보이지만 새로 고를 수는 없습니다.</translation>
    </message>
    <message>
        <source>Offer “%1” again?</source>
        <translation>‘%1’ 과목을 다시 사용할까요?</translation>
    </message>
    <message>
        <source>New strand of %1</source>
        <translation>새 영역: %1</translation>
    </message>
    <message>
        <source>Edit strand %1</source>
        <translation>영역 편집: %1</translation>
    </message>
    <message>
        <source>Retire the strand “%1”?</source>
        <translation>‘%1’ 영역을 사용 중지할까요?</translation>
    </message>
    <message>
        <source>Offer the strand “%1” again?</source>
        <translation>‘%1’ 영역을 다시 사용할까요?</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Save password sheet (PDF)…</source>
        <translation>비밀번호 안내문 저장(PDF)…</translation>
    </message>
    <message>
        <source>Grade %1, class %2</source>
        <translation>%1학년 %2반</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1학년</translation>
    </message>
    <message>
        <source>Save password sheet</source>
        <translation>비밀번호 안내문 저장</translation>
    </message>
    <message>
        <source>initial-passwords.pdf</source>
        <translation>초기비밀번호.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
    <message numerus="yes">
        <source>%n new student(s) got an initial password. Save the sheet now: the passwords are not shown again.</source>
        <translation>
            <numerusform>새 학생 %n명에게 초기 비밀번호를 만들었습니다. 지금 안내문을 저장하세요. 비밀번호는 다시 보여 주지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No initial passwords were set.</source>
        <translation>초기 비밀번호를 만들지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TestLengthChart</name>
    <message>
        <source>Test length distribution</source>
        <translation>시험 길이 분포</translation>
    </message>
    <message>
        <source>Items administered</source>
        <translation>출제 문항 수</translation>
    </message>
    <message>
        <source>Number of simulees</source>
        <translation>모의 응시자 수</translation>
    </message>
    <message>
        <source>Run a simulation to see results</source>
        <translation>모의실험을 실행하면 결과가 표시됩니다</translation>
    </message>
</context>
<context>
    <name>ThetaHistogramChart</name>
    <message>
        <source>θ distribution</source>
        <translation>능력(θ) 분포</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>능력(θ)</translation>
    </message>
</context>
<context>
    <name>ThetaOverTimeChart</name>
    <message>
        <source>Average θ over time</source>
        <extracomment>series with more points than this are drawn without error bars (unreadable and slow) trend slopes are reported in θ per this many days</extracomment>
        <translation>시기별 평균 능력(θ)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>능력(θ)</translation>
    </message>
    <message>
        <source>No completed sessions yet</source>
        <translation>완료한 시험이 아직 없습니다</translation>
    </message>
    <message>
        <source>{0} · {1}: θ={2:.2f} ± {3:.2f}</source>
        <translation>{0} · {1}: θ={2:.2f} ± {3:.2f}</translation>
    </message>
</context>
<context>
    <name>ThetaTrajectoryChart</name>
    <message>
        <source>θ after each item</source>
        <extracomment>two-sided 95 % normal quantile used for the band</extracomment>
        <translation>문항별 능력(θ) 변화</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>문항 순서</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>능력(θ)</translation>
    </message>
    <message>
        <source>θ estimate</source>
        <translation>능력(θ) 추정값</translation>
    </message>
    <message>
        <source>95% band (±1.96·SE)</source>
        <translation>95% 구간 (±1.96·SE)</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>Item difficulty b</source>
        <translation>문항 난이도 b</translation>
    </message>
    <message>
        <source>No answers in this session yet</source>
        <translation>아직 응답이 없습니다</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>incorrect</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>Item {0}: θ={1:.2f} ± {2:.2f} ({3})</source>
        <translation>{0}번 문항: θ={1:.2f} ± {2:.2f} ({3})</translation>
    </message>
    <message>
        <source>Item {0}: difficulty b={1:.2f}</source>
        <translation>{0}번 문항: 난이도 b={1:.2f}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인자</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냄</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인자 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인자가 필요합니다: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>인자 %s 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인자: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (%(choices)s 중에서 고르세요)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값이 하나 필요합니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>값은 하나까지만 줄 수 있습니다</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>인자 %s와(과) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것일 수도 있습니다</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>명시한 값 %r을(를) 무시했습니다</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos;을(를) 열 수 없습니다: %(error)s</translation>
    </message>
</context>
</TS>
