"""Korean texts of the charts / reports / statistics / psychometrics catalog (charts_ko.ts).

Keys are the English source texts (the same text means the same thing in every context here).
Used by build_charts_translations.py.
"""
from __future__ import annotations

KO: dict[str, str] = {
    # chart plumbing
    "Reset zoom": "확대 초기화", "Export PNG…": "PNG로 내보내기…", "Export chart": "차트 내보내기",
    "PNG images (*.png)": "PNG 이미지 (*.png)", "No data": "데이터 없음", "Date": "날짜",
    "θ (ability)": "θ (능력)", "Information": "정보량", "Standard error": "표준오차",
    # item curves
    "Item characteristic curve": "문항특성곡선", "P(correct)": "정답 확률",
    "No items selected": "선택한 문항이 없습니다", "Mean of %n items": "문항 %n개 평균",
    # trajectory
    "θ after each item": "문항별 θ 변화", "Item number": "문항 순서", "θ estimate": "θ 추정값",
    "95% band (±1.96·SE)": "95% 구간 (±1.96·SE)", "Correct": "정답", "Incorrect": "오답",
    "Item difficulty b": "문항 난이도 b", "No answers in this session yet": "아직 응답이 없습니다",
    "correct": "정답", "incorrect": "오답",
    "Item {0}: θ={1:.2f} ± {2:.2f} ({3})": "{0}번 문항: θ={1:.2f} ± {2:.2f} ({3})",
    "Item {0}: difficulty b={1:.2f}": "{0}번 문항: 난이도 b={1:.2f}",
    # θ over time
    "Average θ over time": "시기별 평균 θ", "No completed sessions yet": "완료한 시험이 아직 없습니다",
    "{0} · {1}: θ={2:.2f} ± {3:.2f}": "{0} · {1}: θ={2:.2f} ± {3:.2f}",
    "Learning curve": "학습 곡선",
    # histograms and bars
    "Number of students": "학생 수", "mean {0:.2f}": "평균 {0:.2f}",
    "{0:g} – {1:g}: {2:g} ({3:.0f}%)": "{0:g} – {1:g}: {2:g}명 ({3:.0f}%)",
    "θ distribution": "θ 분포", "Score distribution": "점수 분포", "Score": "점수",
    "Classes side by side": "학급별 비교", "Mean θ (± SD)": "평균 θ (± 표준편차)", "n = {0}": "n = {0}",
    "Completion rate": "완료율", "Completed (%)": "완료 (%)", "{0:g} of {1:g} finished": "{1:g}건 중 {0:g}건 완료",
    # item analysis
    "Observed p-correct vs difficulty": "난이도별 실제 정답률", "Difficulty b": "난이도 b",
    "Proportion correct": "정답률", "Observed": "실제", "Expected from parameters": "모수 기반 기대값",
    "Flagged (misfit)": "부적합 표시", "No items with answers": "응답이 있는 문항이 없습니다",
    "{0}: b={1:.2f}, observed {2:.2f}, expected {3:.2f}, n={4:g}":
        "{0}: b={1:.2f}, 실제 {2:.2f}, 기대 {3:.2f}, n={4:g}",
    "Item exposure (most used first)": "문항 노출률 (많이 쓰인 순)", "Exposure rate": "노출률",
    # bank information
    "Bank information": "문항은행 정보량", "Bank": "문항은행", "SE target {0:.2f}": "목표 SE {0:.2f}",
    "No items": "문항 없음",
    # simulation charts
    "Precision by θ band": "θ 구간별 정밀도", "True θ band": "실제 θ 구간", "θ units": "θ 단위",
    "RMSE": "RMSE", "Bias": "편향", "Run a simulation to see results": "모의실험을 실행하면 결과가 표시됩니다",
    "{0}: RMSE {1:.3f}, bias {2:+.3f}, n={3:g}": "{0}: RMSE {1:.3f}, 편향 {2:+.3f}, n={3:g}",
    "Test length distribution": "시험 길이 분포", "Items administered": "출제 문항 수",
    "Number of simulees": "모의 응시자 수",
    # widgets
    "From": "시작", "to": "~",
    # stats screen
    "Classes": "학급", "Students": "학생", "Items": "문항",
    "{0} classes, {1} students tested": "학급 {0}개, 응시 학생 {1}명",
    "All grades": "전체 학년", "Grade {0}": "{0}학년", "Class report (PDF)…": "학급 보고서 (PDF)…",
    "Export CSV…": "CSV 내보내기…", "Reports for a grade…": "학년 전체 보고서…", "Grade:": "학년:",
    "θ distribution — {0}": "θ 분포 — {0}", "Average scores — {0}": "평균 점수 — {0}",
    "Student report (PDF)…": "학생 보고서 (PDF)…", "Class:": "학급:",
    "Analyse": "분석", "Subject:": "과목:", "Min. answers:": "최소 응답 수:",
    "Flag when |z| >": "|z| 초과 시 표시:",
    "{0} sessions, {1} items, {2} flagged": "시험 {0}회, 문항 {1}개, 부적합 {2}개",
    # exports and batch
    "Reports for a grade": "학년 전체 보고서", "Folder for the reports": "보고서를 저장할 폴더",
    "Reports": "보고서", "{0} report(s) written to {1}": "보고서 {0}개를 {1}에 저장했습니다",
    "Save report": "보고서 저장", "Could not save": "저장할 수 없습니다",
    "Could not write {0}: {1}": "{0}을(를) 쓸 수 없습니다: {1}", "Saved {0}": "{0} 저장함",
    "Collecting report data…": "보고서 자료를 모으는 중…", "Writing PDF reports…": "PDF 보고서를 만드는 중…",
    "Cancel": "취소",
    # columns
    "Number": "번호", "Name": "이름", "Started": "시작", "Subject": "과목", "Status": "상태",
    "Item": "문항", "Answers": "응답 수", "Observed p": "실제 정답률", "Expected p": "기대 정답률",
    "Exposure": "노출률", "Flagged": "부적합", "Accept": "채택", "a old": "기존 a",
    "a new (SE)": "새 a (SE)", "b old": "기존 b", "b new (SE)": "새 b (SE)", "c old": "기존 c",
    "c new (SE)": "새 c (SE)", "Fit (RMSD)": "적합도 (RMSD)", "Note": "비고",
    # calibration
    "Keep the bank's scale": "문항은행 척도 유지",
    "Mean/mean linking of the new estimates to the current parameters":
        "새 추정값을 현재 모수에 평균/평균 방법으로 연계합니다",
    "Calibrate": "모수 추정", "Accept checked items as a new bank version…": "선택한 문항을 새 문항은행 버전으로 채택…",
    "Answers:": "응답 기간:", "Model:": "모형:", "Min. answers per item:": "문항별 최소 응답 수:",
    "Choose a subject and press Calibrate. Nothing is changed until you accept the result.":
        "과목을 고르고 [모수 추정]을 누르세요. 결과를 채택하기 전에는 아무것도 바뀌지 않습니다.",
    "{0} sessions, {1} answers; {2} after {3} EM iterations; {4} of {5} items can be accepted. "
    "Scale link: b* = {6:.3f}·b {7:+.3f}.":
        "시험 {0}회, 응답 {1}개; EM {3}회 반복 후 {2}; 문항 {5}개 중 {4}개 채택 가능. "
        "척도 연계: b* = {6:.3f}·b {7:+.3f}.",
    "converged": "수렴함", "NOT converged": "수렴하지 않음", "Current": "현재", "Recalibrated": "재추정",
    "current": "현재", "recalibrated": "재추정",
    "Bank information": "문항은행 정보량", "Calibration": "모수 추정", "What-if simulation": "모의실험",
    "Calibrating items…": "문항 모수를 추정하는 중…",
    "Calibration finished; review and accept the items you trust.":
        "모수 추정이 끝났습니다. 결과를 검토하고 믿을 수 있는 문항을 채택하세요.",
    "Store new parameters for {0} item(s) as a new bank version? The old parameters stay in the "
    "history and finished sessions keep theirs.":
        "문항 {0}개의 새 모수를 새 문항은행 버전으로 저장할까요? 기존 모수는 이력에 남고, 끝난 시험은 "
        "기존 모수를 그대로 씁니다.",
    "Accept calibration": "모수 추정 결과 채택",
    "{0} item(s) now have new parameters (new bank version).": "문항 {0}개에 새 모수를 저장했습니다 (새 문항은행 버전).",
    "Simulating…": "모의실험 중…", "Simulation finished.": "모의실험이 끝났습니다.",
    "Cancelled; nothing was changed.": "취소했습니다. 아무것도 바뀌지 않았습니다.",
    # simulation tab
    "EAP (expected a posteriori)": "EAP (사후 기대값)", "MAP (maximum a posteriori)": "MAP (사후 최빈값)",
    "MLE (maximum likelihood)": "MLE (최대우도)", "Stop when SE ≤": "SE가 다음 이하이면 종료:",
    "None": "없음", "Sympson–Hetter": "Sympson–Hetter", "Simulate": "모의실험 실행",
    "CAT design": "CAT 설계", "Bank (subject):": "문항은행 (과목):", "Estimator:": "추정 방법:",
    "Minimum items:": "최소 문항 수:", "Maximum items:": "최대 문항 수:",
    "Randomesque (pick among k best):": "랜덤에스크 (상위 k개 중 선택):",
    "Exposure control:": "노출 통제:", "Exposure target:": "목표 노출률:",
    "Simulated students": "모의 학생", "Number:": "인원:", "Mean θ:": "평균 θ:", "SD of θ:": "θ 표준편차:",
    "Random seed:": "난수 시드:",
    "Pick settings and press Simulate to see how precise and how long the test would be on your bank.":
        "설정을 고르고 [모의실험 실행]을 누르면 우리 문항은행에서 시험이 얼마나 정확하고 얼마나 길지 볼 수 있습니다.",
    "{0} students on {1} items. RMSE {2:.3f}, bias {3:+.3f}, correlation {4}. Mean length {5:.1f} "
    "items (min {6}, max {7}). Items never used: {8:.0%}. Stopped by: {9}.":
        "학생 {0}명, 문항 {1}개. RMSE {2:.3f}, 편향 {3:+.3f}, 상관 {4}. 평균 길이 {5:.1f}문항 "
        "(최소 {6}, 최대 {7}). 한 번도 쓰이지 않은 문항: {8:.0%}. 종료 사유: {9}.",
    # feed
    "(no subject)": "(과목 없음)", "Class average": "학급 평균",
    # reports
    "Student report": "학생 보고서", "Student number": "학번", "Grade": "학년",
    "Sessions (completed)": "시험 (완료)", "Latest session": "최근 시험", "Average θ": "평균 θ",
    "Average score": "평균 점수",
    "θ after each completed session, with ±1 standard error; dotted lines are trends, the dashed "
    "line is the class average.":
        "완료한 시험마다의 θ와 ±1 표준오차입니다. 점선은 추세, 파선은 학급 평균입니다.",
    "{n} sessions, latest θ {theta}": "시험 {n}회, 최근 θ {theta}",
    "No completed sessions yet.": "완료한 시험이 아직 없습니다.",
    "θ after each item with the 95% band; green = correct, red = incorrect, grey diamonds = item "
    "difficulty.": "문항마다의 θ와 95% 구간입니다. 초록 = 정답, 빨강 = 오답, 회색 마름모 = 문항 난이도.",
    "Session history": "시험 기록", "Class": "학급", "Type": "유형", "No sessions.": "시험 기록이 없습니다.",
    "θ (theta) is the ability estimate on the test's scale: 0 is average, most students are between "
    "−2 and +2. SE is its standard error.":
        "θ(세타)는 시험 척도에서 추정한 능력입니다. 0이 평균이며 대부분의 학생은 −2에서 +2 사이에 있습니다. "
        "SE는 그 표준오차입니다.",
    "Class report": "학급 보고서", "School year": "학년도", "Teacher": "담당 교사",
    "Students tested": "응시 학생", "SD of latest θ": "최근 θ 표준편차",
    "Ability distribution": "능력 분포",
    "Latest θ of each tested student; the dashed line is the class mean.":
        "응시한 학생별 최근 θ입니다. 파선은 학급 평균입니다.",
    "Average scores": "평균 점수", "Sessions": "시험", "Avg. score": "평균 점수", "Avg. θ": "평균 θ",
    "Latest θ": "최근 θ", "Rank": "순위", "Latest": "최근",
    "placement": "배치", "practice": "연습", "diagnostic": "진단", "formative": "형성",
    "midterm": "중간", "final": "기말",
    # domain errors
    "Choose a subject or some items to calibrate.": "모수를 추정할 과목이나 문항을 고르세요.",
    "The minimum number of answers must be 1 or more.": "최소 응답 수는 1 이상이어야 합니다.",
    "The precision limits must be positive.": "정밀도 한계는 양수여야 합니다.",
    "Unknown session status.": "알 수 없는 시험 상태입니다.",
    "No items match the selection.": "조건에 맞는 문항이 없습니다.",
    "There are no stored answers for these items in this period.": "이 기간에 이 문항들의 응답 기록이 없습니다.",
    "No item has acceptable new parameters.": "채택할 수 있는 새 모수를 가진 문항이 없습니다.",
    "The end date is before the start date.": "종료일이 시작일보다 앞섭니다.",
    "The flag threshold must be positive.": "표시 기준은 양수여야 합니다.",
    "The bank has no active items for this subject.": "이 과목의 문항은행에 사용 중인 문항이 없습니다.",
    "The ability spread must be positive.": "능력 표준편차는 양수여야 합니다.",
    "The prior spread of a must be positive.": "a 사전분포의 표준편차는 양수여야 합니다.",
    "Both parameters of the Beta prior on c must be 1 or more.":
        "c의 베타 사전분포 두 모수는 모두 1 이상이어야 합니다.",
    # calibration priors
    "Log-normal": "로그정규", "None": "없음", "Beta": "베타",
    "Prior on the discrimination a (2PL, 3PL): a normal distribution on log a with this standard deviation":
        "변별도 a의 사전분포(2PL, 3PL): log a에 이 표준편차의 정규분포를 둡니다",
    "SD ": "표준편차 ",
    "Prior on the guessing parameter c (3PL): Beta(A, B)": "추측도 c의 사전분포(3PL): Beta(A, B)",
    "Prior on a:": "a 사전분포:", "Prior on c:": "c 사전분포:",
    "Priors: a {0}, c {1}; log-likelihood {2:.1f}.": "사전분포: a {0}, c {1}; 로그우도 {2:.1f}.",
    "none": "없음", "not used": "사용 안 함", "log-normal, SD {0}": "로그정규, 표준편차 {0}",
    "Beta({0})": "Beta({0})",
    "every answer correct: cannot be estimated": "모든 응답이 정답: 추정할 수 없음",
    "every answer wrong: cannot be estimated": "모든 응답이 오답: 추정할 수 없음",
    "only {0} answers (minimum {1})": "응답 {0}개뿐 (최소 {1}개)",
    "could not be estimated": "추정할 수 없음",
    "estimate outside the allowed range": "추정값이 허용 범위를 벗어남",
    "estimate stopped at a search bound": "추정이 탐색 경계에서 멈춤",
    "too imprecise (SE of a {0:.2f}, of b {1:.2f})": "정밀도 부족 (a의 SE {0:.2f}, b의 SE {1:.2f})",
}
