<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
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
</context>
<context>
    <name>CalibrationTab</name>
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
        <source>Beta</source>
        <translation>베타</translation>
    </message>
    <message>
        <source>Prior on the guessing parameter c (3PL): Beta(A, B)</source>
        <translation>추측도 c의 사전분포(3PL): Beta(A, B)</translation>
    </message>
    <message>
        <source>Keep the bank's scale</source>
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
        <source>Min. answers per item:</source>
        <translation>문항별 최소 응답 수:</translation>
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
        <source>Choose a subject and press Calibrate. Nothing is changed until you accept the result.</source>
        <translation>과목을 고르고 [모수 추정]을 누르세요. 결과를 채택하기 전에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>{0} sessions, {1} answers; {2} after {3} EM iterations; {4} of {5} items can be accepted. Scale link: b* = {6:.3f}·b {7:+.3f}.</source>
        <translation>시험 {0}회, 응답 {1}개; EM {3}회 반복 후 {2}; 문항 {5}개 중 {4}개 채택 가능. 척도 연계: b* = {6:.3f}·b {7:+.3f}.</translation>
    </message>
    <message>
        <source>Priors: a {0}, c {1}; log-likelihood {2:.1f}.</source>
        <translation>사전분포: a {0}, c {1}; 로그우도 {2:.1f}.</translation>
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
        <source>none</source>
        <translation>없음</translation>
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
    <message>
        <source>current</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>recalibrated</source>
        <translation>재추정</translation>
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
    <name>ChartBase</name>
    <message>
        <source>Reset zoom</source>
        <extracomment>Colour-blind-friendly palette (Okabe–Ito) used by every chart in this order. pixel radius within which a point counts as hovered</extracomment>
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
    <name>ClassComparisonChart</name>
    <message>
        <source>Classes side by side</source>
        <translation>학급별 비교</translation>
    </message>
    <message>
        <source>Mean θ (± SD)</source>
        <translation>평균 θ (± 표준편차)</translation>
    </message>
    <message>
        <source>n = {0}</source>
        <translation>n = {0}</translation>
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
        <source>Sessions (completed)</source>
        <translation>시험 (완료)</translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation>최근 시험</translation>
    </message>
    <message>
        <source>Average θ</source>
        <translation>평균 θ</translation>
    </message>
    <message>
        <source>SD of latest θ</source>
        <translation>최근 θ 표준편차</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>Ability distribution</source>
        <translation>능력 분포</translation>
    </message>
    <message>
        <source>Latest θ of each tested student; the dashed line is the class mean.</source>
        <translation>응시한 학생별 최근 θ입니다. 파선은 학급 평균입니다.</translation>
    </message>
    <message>
        <source>Average θ over time</source>
        <translation>시기별 평균 θ</translation>
    </message>
    <message>
        <source>Average scores</source>
        <translation>평균 점수</translation>
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
        <translation>시험</translation>
    </message>
    <message>
        <source>Avg. score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>Avg. θ</source>
        <translation>평균 θ</translation>
    </message>
    <message>
        <source>Latest θ</source>
        <translation>최근 θ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최근</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <source>All grades</source>
        <extracomment>at most this many classes are drawn in "average θ over time" when none are selected</extracomment>
        <translation>전체 학년</translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translation>{0}학년</translation>
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
        <source>θ distribution — {0}</source>
        <translation>θ 분포 — {0}</translation>
    </message>
    <message>
        <source>Average scores — {0}</source>
        <translation>평균 점수 — {0}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Item</source>
        <translation>문항</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>응답 수</translation>
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
        <source>Exposure</source>
        <translation>노출률</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>부적합</translation>
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
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>문항</translation>
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
        <translation>새 a (SE)</translation>
    </message>
    <message>
        <source>b old</source>
        <translation>기존 b</translation>
    </message>
    <message>
        <source>b new (SE)</source>
        <translation>새 b (SE)</translation>
    </message>
    <message>
        <source>c old</source>
        <translation>기존 c</translation>
    </message>
    <message>
        <source>c new (SE)</source>
        <translation>새 c (SE)</translation>
    </message>
    <message>
        <source>Fit (RMSD)</source>
        <translation>적합도 (RMSD)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
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
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
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
        <source>The prior spread of a must be positive.</source>
        <translation>a 사전분포의 표준편차는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Both parameters of the Beta prior on c must be 1 or more.</source>
        <translation>c의 베타 사전분포 두 모수는 모두 1 이상이어야 합니다.</translation>
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
            <numerusform>문항 %n개 평균</numerusform></translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>Analyse</source>
        <translation>분석</translation>
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
        <source>{0} sessions, {1} items, {2} flagged</source>
        <translation>시험 {0}회, 문항 {1}개, 부적합 {2}개</translation>
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
        <source>Calibrating items…</source>
        <translation>문항 모수를 추정하는 중…</translation>
    </message>
    <message>
        <source>Calibration finished; review and accept the items you trust.</source>
        <translation>모수 추정이 끝났습니다. 결과를 검토하고 믿을 수 있는 문항을 채택하세요.</translation>
    </message>
    <message>
        <source>Store new parameters for {0} item(s) as a new bank version? The old parameters stay in the history and finished sessions keep theirs.</source>
        <translation>문항 {0}개의 새 모수를 새 문항은행 버전으로 저장할까요? 기존 모수는 이력에 남고, 끝난 시험은 기존 모수를 그대로 씁니다.</translation>
    </message>
    <message>
        <source>Accept calibration</source>
        <translation>모수 추정 결과 채택</translation>
    </message>
    <message>
        <source>{0} item(s) now have new parameters (new bank version).</source>
        <translation>문항 {0}개에 새 모수를 저장했습니다 (새 문항은행 버전).</translation>
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
    <name>ReportExporter</name>
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
    <message>
        <source>{0} report(s) written to {1}</source>
        <translation>보고서 {0}개를 {1}에 저장했습니다</translation>
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
        <source>midterm</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>final</source>
        <translation>기말</translation>
    </message>
</context>
<context>
    <name>ScoreHistogramChart</name>
    <message>
        <source>Score distribution</source>
        <translation>점수 분포</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
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
        <source>Stop when SE ≤</source>
        <translation>SE가 다음 이하이면 종료:</translation>
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
        <translation>CAT 설계</translation>
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
    <message>
        <source>{0} students on {1} items. RMSE {2:.3f}, bias {3:+.3f}, correlation {4}. Mean length {5:.1f} items (min {6}, max {7}). Items never used: {8:.0%}. Stopped by: {9}.</source>
        <translation>학생 {0}명, 문항 {1}개. RMSE {2:.3f}, 편향 {3:+.3f}, 상관 {4}. 평균 길이 {5:.1f}문항 (최소 {6}, 최대 {7}). 한 번도 쓰이지 않은 문항: {8:.0%}. 종료 사유: {9}.</translation>
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
    <message>
        <source>{0} classes, {1} students tested</source>
        <translation>학급 {0}개, 응시 학생 {1}명</translation>
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
        <translation>시험 (완료)</translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation>최근 시험</translation>
    </message>
    <message>
        <source>Average θ</source>
        <translation>평균 θ</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <source>θ after each completed session, with ±1 standard error; dotted lines are trends, the dashed line is the class average.</source>
        <translation>완료한 시험마다의 θ와 ±1 표준오차입니다. 점선은 추세, 파선은 학급 평균입니다.</translation>
    </message>
    <message>
        <source>{n} sessions, latest θ {theta}</source>
        <translation>시험 {n}회, 최근 θ {theta}</translation>
    </message>
    <message>
        <source>No completed sessions yet.</source>
        <translation>완료한 시험이 아직 없습니다.</translation>
    </message>
    <message>
        <source>θ after each item with the 95% band; green = correct, red = incorrect, grey diamonds = item difficulty.</source>
        <translation>문항마다의 θ와 95% 구간입니다. 초록 = 정답, 빨강 = 오답, 회색 마름모 = 문항 난이도.</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>시험 기록</translation>
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
        <translation>학급</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>문항</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>시험 기록이 없습니다.</translation>
    </message>
    <message>
        <source>θ (theta) is the ability estimate on the test's scale: 0 is average, most students are between −2 and +2. SE is its standard error.</source>
        <translation>θ(세타)는 시험 척도에서 추정한 능력입니다. 0이 평균이며 대부분의 학생은 −2에서 +2 사이에 있습니다. SE는 그 표준오차입니다.</translation>
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
</context>
<context>
    <name>ThetaHistogramChart</name>
    <message>
        <source>θ distribution</source>
        <translation>θ 분포</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>θ (능력)</translation>
    </message>
</context>
<context>
    <name>ThetaOverTimeChart</name>
    <message>
        <source>Average θ over time</source>
        <extracomment>series with more points than this are drawn without error bars (unreadable and slow) trend slopes are reported in θ per this many days</extracomment>
        <translation>시기별 평균 θ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>θ (능력)</translation>
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
        <translation>문항별 θ 변화</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>문항 순서</translation>
    </message>
    <message>
        <source>θ (ability)</source>
        <translation>θ (능력)</translation>
    </message>
    <message>
        <source>θ estimate</source>
        <translation>θ 추정값</translation>
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
</TS>