<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
  <context>
    <name>Columns</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="73" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="25" />
      <source>Student</source>
      <translation>학생</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="74" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="26" />
      <source>No.</source>
      <translation>번호</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="75" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="27" />
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="76" />
      <source>Answered</source>
      <translation>응답 수</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="77" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="29" />
      <source>θ</source>
      <translation>θ</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="79" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="30" />
      <source>SE</source>
      <translation>SE</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="81" />
      <source>Time used</source>
      <translation>사용 시간</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="83" />
      <source>Time left</source>
      <translation>남은 시간</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="85" />
      <source>Alerts</source>
      <translation>알림</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="28" />
      <source>Score</source>
      <translation>점수</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="31" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="23" />
      <source>Items</source>
      <translation>문항 수</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="32" />
      <source>Duration</source>
      <translation>소요 시간</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="37" />
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="38" />
      <source>Item</source>
      <translation>문항</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="39" />
      <source>Strand</source>
      <translation>영역</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="40" />
      <source>Difficulty b</source>
      <translation>난이도 b</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="41" />
      <source>Answer</source>
      <translation>응답</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="42" />
      <source>Correct</source>
      <translation>정답</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="43" />
      <source>Time (s)</source>
      <translation>시간(초)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="45" />
      <source>θ after</source>
      <translation>응답 후 θ</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="47" />
      <source>SE after</source>
      <translation>응답 후 SE</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="18" />
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="19" />
      <source>Class</source>
      <translation>학급</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="20" />
      <source>Subject</source>
      <translation>과목</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="21" />
      <source>Opens</source>
      <translation>시작</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="22" />
      <source>Closes</source>
      <translation>마감</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="24" />
      <source>Started</source>
      <translation>응시</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="25" />
      <source>Finished</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="26" />
      <source>Open</source>
      <translation>진행 중</translation>
    </message>
  </context>
  <context>
    <name>DomainError</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="13" />
      <source>Exam not found.</source>
      <translation>시험을 찾을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="14" />
      <source>Exam session not found.</source>
      <translation>응시 기록을 찾을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="15" />
      <source>Only students can take exams.</source>
      <translation>학생만 시험을 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="16" />
      <source>The exam server scores with EAP only; ask your teacher to choose the EAP estimator.</source>
      <translation>시험 서버는 EAP로만 채점합니다. 선생님께 EAP 추정 방법을 선택해 달라고 하세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="17" />
      <source>The time to resume this exam has passed. Ask your teacher.</source>
      <translation>이 시험을 이어서 볼 수 있는 기간이 지났습니다. 선생님께 문의하세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="18" />
      <source>This exam is not open now.</source>
      <translation>지금은 이 시험을 볼 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="19" />
      <source>This exam is paused. Open it again from your exam list.</source>
      <translation>시험이 중단되었습니다. 시험 목록에서 다시 여세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="20" />
      <source>You have already taken this exam.</source>
      <translation>이미 이 시험을 봤습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="21" />
      <source>Your teacher has paused the exam. Please wait.</source>
      <translation>선생님이 시험을 일시 정지했습니다. 잠시 기다려 주세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="22" />
      <source>This item has already been answered; the answer cannot be changed.</source>
      <translation>이미 답한 문항입니다. 답을 바꿀 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="23" />
      <source>This is not the current item of the exam. Reload the exam.</source>
      <translation>지금 풀 문항이 아닙니다. 시험을 다시 여세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="25" />
      <source>The quit password needs at least 4 characters.</source>
      <translation>종료 비밀번호는 4자 이상이어야 합니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="26" />
      <source>Please enter a title.</source>
      <translation>제목을 입력하세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="27" />
      <source>The exam server scores with EAP; choose the EAP estimator.</source>
      <translation>시험 서버는 EAP로 채점합니다. EAP 추정 방법을 고르세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="28" />
      <source>The title is too long (200 characters at most).</source>
      <translation>제목이 너무 깁니다 (최대 200자).</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="29" />
      <source>Please choose a subject.</source>
      <translation>과목을 고르세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="30" />
      <source>Unknown exam type.</source>
      <translation>알 수 없는 시험 유형입니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="31" />
      <source>Unknown result display.</source>
      <translation>알 수 없는 결과 표시 방식입니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="32" />
      <source>Resume days must be between 0 and 30.</source>
      <translation>이어하기 기간은 0–30일이어야 합니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="33" />
      <source>The exam must close after it opens.</source>
      <translation>마감 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="34" />
      <source>At least one item must be given.</source>
      <translation>최소 한 문항은 출제해야 합니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="35" />
      <source>At most 200 items.</source>
      <translation>최대 200문항까지 가능합니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="36" />
      <source>The time limit must be between 1 minute and 6 hours.</source>
      <translation>제한 시간은 1분에서 6시간 사이여야 합니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="37" />
      <source>The SE target must be between 0.1 and 1.0.</source>
      <translation>목표 SE는 0.1에서 1.0 사이여야 합니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="38" />
      <source>The item pool has fewer items than the maximum test length; lower the maximum or widen the filter.</source>
      <translation>문항 풀의 문항 수가 최대 문항 수보다 적습니다. 최대 문항 수를 줄이거나 조건을 넓히세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="39" />
      <source>An exam cannot move to another class.</source>
      <translation>시험을 다른 학급으로 옮길 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="40" />
      <source>Students have already started this exam; its subject, item pool and CAT settings can no longer change.</source>
      <translation>이미 학생들이 응시를 시작했습니다. 과목, 문항 풀, 적응형 설정은 더 이상 바꿀 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="41" />
      <source>This exam does not exist or you cannot see it.</source>
      <translation>이 시험이 없거나 볼 권한이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="42" />
      <source>This class does not exist or you cannot see it.</source>
      <translation>이 학급이 없거나 볼 권한이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="43" />
      <source>This session does not exist or you cannot see it.</source>
      <translation>이 응시 기록이 없거나 볼 권한이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="44" />
      <source>Write content targets as strand=share, e.g. algebra=0.6.</source>
      <translation>내용 영역 비율은 영역=비율 형식으로 쓰세요 (예: algebra=0.6).</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/domain_messages.py" line="45" />
      <source>Write grades as numbers, e.g. 7, 8.</source>
      <translation>학년은 숫자로 쓰세요 (예: 7, 8).</translation>
    </message>
  </context>
  <context>
    <name>ExamDialog</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="62" />
      <source>Edit exam</source>
      <translation>시험 수정</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="62" />
      <source>New exam</source>
      <translation>새 시험</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="66" />
      <source>Exam</source>
      <translation>시험</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="67" />
      <source>Adaptive test</source>
      <translation>적응형 검사</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="68" />
      <source>Schedule &amp;&amp; test window</source>
      <translation>일정 및 시험 창</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="102" />
      <source>Template</source>
      <translation>템플릿</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="103" />
      <source>Quick check (5–15 items, 15 min)</source>
      <translation>빠른 점검 (5–15문항, 15분)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="104" />
      <source>Standard (10–30 items, 40 min)</source>
      <translation>표준 (10–30문항, 40분)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="105" />
      <source>Precise (15–40 items, 60 min)</source>
      <translation>정밀 (15–40문항, 60분)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="110" />
      <source>Class</source>
      <translation>학급</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="113" />
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="115" />
      <source>Subject</source>
      <translation>과목</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="118" />
      <source>Exam type</source>
      <translation>시험 유형</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="121" />
      <source>Item grades</source>
      <translation>문항 학년</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="122" />
      <source>all grades, or e.g. 7, 8</source>
      <translation>전체 학년, 또는 예: 7, 8</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="123" />
      <source>Item strands</source>
      <translation>문항 영역</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="124" />
      <source>all strands, or e.g. algebra, geometry</source>
      <translation>전체 영역, 또는 예: algebra, geometry</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="127" />
      <source>Item pool</source>
      <translation>문항 풀</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="132" />
      <source>Ability estimator</source>
      <translation>능력 추정 방법</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="134" />
      <source>EAP (expected a posteriori)</source>
      <translation>EAP (기대 사후 추정)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="136" />
      <source>Choose among the k most informative items</source>
      <translation>정보량 상위 k개 문항 중 선택</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="138" />
      <source>Exposure control</source>
      <translation>노출 제어</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="139" />
      <source>None</source>
      <translation>없음</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="141" />
      <source>Maximum exposure rate</source>
      <translation>최대 노출률</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="145" />
      <source>Content targets (strand=share)</source>
      <translation>내용 영역 비율 (영역=비율)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="148" />
      <source>Minimum items</source>
      <translation>최소 문항 수</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="150" />
      <source>Maximum items</source>
      <translation>최대 문항 수</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="152" />
      <source>Stop when SE ≤ (0 = off)</source>
      <translation>SE가 이 값 이하이면 종료 (0 = 사용 안 함)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="156" />
      <source>Time limit, minutes (0 = none)</source>
      <translation>제한 시간(분, 0 = 없음)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="163" />
      <source>Opens at a set time</source>
      <translation>정해진 시각에 시작</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="164" />
      <source>Opens</source>
      <translation>시작</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="165" />
      <source>Closes at a set time</source>
      <translation>정해진 시각에 마감</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="166" />
      <source>Closes</source>
      <translation>마감</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="171" />
      <source>At the end, show</source>
      <translation>종료 화면에 표시</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="172" />
      <source>Nothing (just “finished”)</source>
      <translation>표시 안 함 (“완료”만)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="172" />
      <source>The score</source>
      <translation>점수</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="173" />
      <source>A level in words</source>
      <translation>수준 (문장으로)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="176" />
      <source>Ask “are you sure?” before each answer</source>
      <translation>응답마다 “제출할까요?” 확인</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="178" />
      <source>Unfinished tests can be resumed for (days)</source>
      <translation>미완료 시험 이어하기 가능 기간(일)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="181" />
      <source>Proctor quit password</source>
      <translation>감독관 종료 비밀번호</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="194" />
      <source>none (only the lab PC's password)</source>
      <translation>없음 (실습실 PC 비밀번호만)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="216" />
      <source>unchanged (set)</source>
      <translation>변경 안 함 (설정됨)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="216" />
      <source>none</source>
      <translation>없음</translation>
    </message>
    <message numerus="yes">
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="282" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n개 문항</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExamListPane</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="50" />
      <source>Exams</source>
      <translation>시험</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="52" />
      <source>New exam…</source>
      <translation>새 시험…</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="53" />
      <source>Edit…</source>
      <translation>수정…</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="54" />
      <source>Close / reopen</source>
      <translation>마감 / 다시 열기</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="56" />
      <source>Proctor</source>
      <translation>감독</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="58" />
      <source>Results</source>
      <translation>결과</translation>
    </message>
    <message numerus="yes">
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="71" />
      <source>%n exam(s)</source>
      <translation>
        <numerusform>시험 %n개</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExamPicker</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/kiosk.py" line="30" />
      <source>Choose your test</source>
      <translation>응시할 시험을 고르세요</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/kiosk.py" line="37" />
      <source>continue</source>
      <translation>이어하기</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/kiosk.py" line="40" />
      <source>There is no test for you right now.</source>
      <translation>지금 응시할 시험이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/kiosk.py" line="42" />
      <source>Start</source>
      <translation>시작</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/kiosk.py" line="44" />
      <source>Sign out</source>
      <translation>로그아웃</translation>
    </message>
  </context>
  <context>
    <name>ExamStatus</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="32" />
      <source>not started</source>
      <translation>시작 전</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="33" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="38" />
      <source>testing</source>
      <translation>응시 중</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="34" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="39" />
      <source>paused</source>
      <translation>일시 정지</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="35" />
      <source>disconnected</source>
      <translation>연결 끊김</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="36" />
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="40" />
      <source>finished</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="37" />
      <source>terminated</source>
      <translation>종료됨</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="43" />
      <source>no contact for over a minute</source>
      <translation>1분 넘게 응답 없음</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="44" />
      <source>answering implausibly fast</source>
      <translation>비정상적으로 빠른 응답</translation>
    </message>
  </context>
  <context>
    <name>ExamType</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="25" />
      <source>placement</source>
      <translation>배치</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="26" />
      <source>practice</source>
      <translation>연습</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="27" />
      <source>diagnostic</source>
      <translation>진단</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="28" />
      <source>formative</source>
      <translation>형성 평가</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="29" />
      <source>midterm</source>
      <translation>중간고사</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/exam_dialog.py" line="30" />
      <source>final</source>
      <translation>기말고사</translation>
    </message>
  </context>
  <context>
    <name>ExamWindow</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="136" />
      <source>Getting your test ready…</source>
      <translation>시험을 준비하고 있습니다…</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="137" />
      <source>Your answer is saved.</source>
      <translation>답안이 저장되었습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="138" />
      <source>Waiting for the server… You do not need to do anything.</source>
      <translation>서버를 기다리는 중입니다… 아무것도 하지 않아도 됩니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="139" />
      <source>Waiting for the server…</source>
      <translation>서버를 기다리는 중입니다…</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="140" />
      <source>The connection was interrupted. The test continues as soon as it is back.</source>
      <translation>연결이 잠시 끊겼습니다. 연결되면 바로 이어서 진행됩니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="142" />
      <source>The test is paused.</source>
      <translation>시험이 일시 정지되었습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="143" />
      <source>Your teacher paused the test. Please wait; your time is not running.</source>
      <translation>선생님이 시험을 일시 정지했습니다. 잠시 기다려 주세요. 시간은 흐르지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="145" />
      <source>Time is up.</source>
      <translation>시간이 끝났습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="145" />
      <source>Your answers are being saved…</source>
      <translation>답안을 저장하고 있습니다…</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="148" />
      <source>You were signed out. Please sign in again; your answers are kept.</source>
      <translation>로그아웃되었습니다. 다시 로그인하세요. 답안은 보관되어 있습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="151" />
      <source>Something went wrong.</source>
      <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="152" />
      <source>The test cannot continue right now.</source>
      <translation>지금은 시험을 계속할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="153" />
      <source>Back</source>
      <translation>돌아가기</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="162" />
      <source>Question %1</source>
      <translation>%1번 문항</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="177" />
      <source>%1 answered; the test ends at %2 questions at most</source>
      <translation>%1문항 응답, 최대 %2문항에서 끝납니다</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="183" />
      <source>Time left %1</source>
      <translation>남은 시간 %1</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="190" />
      <source>Saving…</source>
      <translation>저장 중…</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="191" />
      <source>Saved ✓</source>
      <translation>저장됨 ✓</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="192" />
      <source>Saved on this PC</source>
      <translation>이 PC에 저장됨</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="193" />
      <source>Offline – answers are kept on this PC</source>
      <translation>오프라인 – 답안은 이 PC에 보관됩니다</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="201" />
      <source>You have finished the test.</source>
      <translation>시험을 마쳤습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="202" />
      <source>Done</source>
      <translation>확인</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="207" />
      <source>Your teacher ended this test.</source>
      <translation>선생님이 이 시험을 종료했습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="209" />
      <source>Your score: %1 / 100</source>
      <translation>점수: %1 / 100</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="212" />
      <source>You are at the beginning of this topic. Keep practising!</source>
      <translation>이 단원을 막 배우기 시작한 단계입니다. 꾸준히 연습해 보세요!</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="213" />
      <source>You are developing your skills in this topic.</source>
      <translation>이 단원의 실력을 키워 가는 단계입니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="214" />
      <source>You are proficient in this topic.</source>
      <translation>이 단원을 잘 이해하고 있습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="215" />
      <source>You are advanced in this topic. Excellent work!</source>
      <translation>이 단원에서 매우 뛰어납니다. 훌륭해요!</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="217" />
      <source>Thank you. Your answers have been saved.</source>
      <translation>수고했습니다. 답안이 모두 저장되었습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="253" />
      <source>Proctor</source>
      <translation>감독관</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/view.py" line="253" />
      <source>Quit password:</source>
      <translation>종료 비밀번호:</translation>
    </message>
  </context>
  <context>
    <name>ExamsScreen</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="123" />
      <source>Exams</source>
      <translation>시험</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="139" />
      <source>Proctor: %1</source>
      <translation>감독: %1</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/screen.py" line="149" />
      <source>Results: %1</source>
      <translation>결과: %1</translation>
    </message>
  </context>
  <context>
    <name>ItemPage</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/pages.py" line="117" />
      <source>Press 1–5 or A–E to choose, then Enter.</source>
      <translation>1–5 또는 A–E를 눌러 고른 뒤 Enter를 누르세요.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/pages.py" line="118" />
      <source>Next  ⏎</source>
      <translation>다음  ⏎</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/pages.py" line="119" />
      <source>Yes, submit  ⏎</source>
      <translation>네, 제출  ⏎</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/pages.py" line="120" />
      <source>Change answer  Esc</source>
      <translation>답 바꾸기  Esc</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/exam_window/pages.py" line="150" />
      <source>Submit answer %1? You cannot come back to this question.</source>
      <translation>%1번 답을 제출할까요? 이 문항으로 다시 돌아올 수 없습니다.</translation>
    </message>
  </context>
  <context>
    <name>ProctorConsole</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="112" />
      <source>Pause</source>
      <translation>일시 정지</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="112" />
      <source>Resume</source>
      <translation>재개</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="113" />
      <source>Extend time…</source>
      <translation>시간 연장…</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="113" />
      <source>End test…</source>
      <translation>시험 종료…</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="177" />
      <source>Testing %1 · paused %2 · disconnected %3 · not started %4 · finished %5</source>
      <translation>응시 중 %1 · 일시 정지 %2 · 연결 끊김 %3 · 시작 전 %4 · 완료 %5</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="184" />
      <source>Cannot reach the server; retrying… (%1)</source>
      <translation>서버에 연결할 수 없습니다. 다시 시도하는 중… (%1)</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="206" />
      <source>Extend time</source>
      <translation>시간 연장</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="207" />
      <source>Extra minutes for %1:</source>
      <translation>%1 학생에게 줄 추가 시간(분):</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="214" />
      <source>Pause the test of %1? Their clock stops until you resume.</source>
      <translation>%1 학생의 시험을 일시 정지할까요? 재개할 때까지 시간이 멈춥니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="215" />
      <source>Resume the test of %1?</source>
      <translation>%1 학생의 시험을 재개할까요?</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="216" />
      <source>End the test of %1 now? This cannot be undone.</source>
      <translation>%1 학생의 시험을 지금 종료할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/console.py" line="218" />
      <source>Proctor</source>
      <translation>감독</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="71" />
      <source>Open session record</source>
      <translation>응시 기록 열기</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="87" />
      <source>%1 of %2 students finished</source>
      <translation>학생 %2명 중 %1명 완료</translation>
    </message>
  </context>
  <context>
    <name>SessionRecordDialog</name>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="115" />
      <source>Session record — %1</source>
      <translation>응시 기록 — %1</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="118" />
      <source>%1 · %2 · θ %3 · SE %4 · %5 items</source>
      <translation>%1 · %2 · θ %3 · SE %4 · %5문항</translation>
    </message>
    <message>
      <location filename="../../dreamseed_desktop/ui/screens/exams/results.py" line="124" />
      <source>Algorithm %1 · item bank version %2 · stored with the session</source>
      <translation>알고리즘 %1 · 문항 은행 버전 %2 · 응시 기록에 저장됨</translation>
    </message>
  </context>
</TS>