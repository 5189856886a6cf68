//! The criteria templates: the list of the committee's own templates, importing and
//! restoring them, form files, the editor's fields, kinds and defaults, what validation finds
//! wrong, its preview, moving a draft to a newer version of its template, and the criteria
//! table (CSV) a committee writes: its messages and the header and cell words it is read in.

use super::UiText;

ui_strings! {
    CRITERIA_TEXTS;
    // criteria editor and form files (issue 11)
    TEMPLATES_HEADING => "考核模板管理", "Criteria templates";
    TEMPLATES_HINT => "新建或改编考核细则。发布后可用于新建自评、导出为模板文件，或制作发给各单位的填报文件。", "Create or adapt criteria. Once published, a template can be used for new assessments, exported as a template file, or made into a form file for units.";
    NEW_BLANK_TEMPLATE => "新建空白模板", "New blank template";
    COPY_SOURCE => "以此模板为基础", "Start from this template";
    COPY_TEMPLATE => "复制并编辑", "Copy and edit";
    IMPORT_TEMPLATE_FILE => "导入模板文件", "Import a template file";
    IMPORT_CRITERIA_CSV => "从表格导入（CSV）", "Import a table (CSV)";
    CSV_COLUMNS_HINT => "表格第一行为列名：维度、考核内容、分值（必填），以及评分标准、类型、权重、编号、目标值、计量单位、每次分值、档次、可不适用、未满分须说明、必达项、依据等（可选）。支持 UTF-8 和 GB18030 编码。", "The first row names the columns: dimension, content, points (required), and optionally standard, kind, weight, id, target, unit, per_occurrence, levels, na_allowed, note_required, must_pass, source. UTF-8 and GB18030 are both read.";
    NO_TEMPLATES => "还没有自建的考核模板。", "No criteria templates of your own yet.";
    TEMPLATE_STATE => "状态", "Status";
    UNPUBLISHED => "未发布", "Not published";
    PUBLISHED_VERSION => "已发布第 {} 版", "Version {} published";
    EDITED_SINCE => "第 {} 版已发布，另有未发布的修改", "Version {} published; changes not yet published";
    EDIT => "编辑", "Edit";
    EXPORT_TEMPLATE => "导出模板文件", "Export template file";
    MAKE_FORM_FILE => "制作填报文件", "Make a form file";
    TEMPLATE_IMPORTED => "已导入模板：{}", "Template imported: {}";
    TEMPLATE_UPDATED => "模板已更新为较新的版本：{}", "Template updated to a newer version: {}";
    TEMPLATE_ALREADY_HERE => "本机已有此模板的这一版本：{}", "This version of the template is already here: {}";
    // restoring a backup of drafts and criteria templates (backup format version 2)
    BACKUP_RESTORED => "备份已恢复", "Backup restored";
    BACKUP_DRAFTS_RESTORED => "草稿 {} 份", "{} draft(s)";
    BACKUP_TEMPLATES_RESTORED => "考核模板 {} 个", "{} criteria template(s)";
    BACKUP_TEMPLATES_SKIPPED => "本机已有、已跳过的模板 {} 个", "{} template(s) already here, skipped";
    BACKUP_NOT_RESTORED => "未恢复 {} 项（原因见下）", "{} item(s) not restored (reasons below)";
    BACKUP_TEMPLATE_N => "模板 {}", "template {}";
    BACKUP_REVIEW_BATCH => "考评批次", "review batch";
    BACKUP_REVIEW_RESTORED => "考评批次：已恢复单位文件 {} 份", "review batch: {} unit file(s) restored";
    BACKUP_REVIEW_SHOWN => "已恢复单位文件 {} 份（含考评分数、意见和未导出标记），可在考评模式中查看", "{} unit file(s) restored with their review scores, comments and not-exported marks: open review mode to see them";
    BACKUP_REVIEW_KEPT_HERE => "备份中的考评批次（单位文件 {} 份）未恢复：本浏览器已有考评批次，已原样保留，未合并、未覆盖。如需恢复备份中的批次：先在考评模式中导出已考评的文件，点击“清空本批文件”，再重新导入本备份。", "The backup's review batch ({} unit file(s)) was not restored: this browser already has a review batch, which is kept as it is (nothing merged or overwritten). To restore the backup's batch: in review mode export the reviewed files and press “Clear the batch”, then restore this backup again.";
    BACKUP_REVIEW_NOT_STORED => "备份中的考评批次（单位文件 {} 份）未能保存到本浏览器，未恢复；本浏览器中的内容未改变。原因：", "The backup's review batch ({} unit file(s)) could not be stored in this browser and was not restored; nothing here changed. Reason: ";
    BACKUP_REVIEW_NEWER_HERE => "本浏览器中的考评批次由更新版本的八型机关考评保存，已原样保留", "this browser's review batch was saved by a newer Eightfold and is kept as it is";
    BACKUP_REVIEW_QUOTA => "浏览器存储空间已满", "browser storage is full";
    BACKUP_REVIEW_NO_STORAGE => "此浏览器不允许本页保存数据", "this browser does not let the page store data";
    TEMPLATE_RESTORED => "已恢复考核模板：{}", "Criteria template restored: {}";
    TEMPLATE_RESTORE_SKIPPED => "本机已有完全相同的模板，已跳过：{}", "The same template is already here, skipped: {}";
    TEMPLATE_RESTORE_CONFIRM => "本机已有标识相同但内容不同的模板“{}”。用备份中的模板替换它，还是两个都保留（备份中的另存为新模板）？", "A different template “{}” with the same id is here. Replace it with the backup's, or keep both (the backup's as a new template)?";
    REPLACE_TEMPLATE => "替换模板", "Replace template";
    KEEP_BOTH_TEMPLATES => "两个都保留", "Keep both";
    TEMPLATE_RESTORE_REPLACED => "已用备份中的模板替换本机的同标识模板：{}", "Replaced the template with the same id by the backup's: {}";
    TEMPLATE_RESTORE_COPY => "本机已有标识相同但内容不同的模板，备份中的模板已另存为新模板：{}", "A different template with the same id is here; the backup's is kept as a new template: {}";
    CSV_IMPORTED => "已根据表格创建模板草稿：{}", "Template draft created from the table: {}";
    CSV_WARNINGS => "以下单元格未能按原样读取，请在编辑器中修正：", "These cells could not be read as written; fix them in the editor:";
    DISCARD_TEMPLATE_CONFIRM => "确定删除模板“{}”吗？已开始的草稿保留各自的模板副本。", "Delete the template “{}”? Drafts already started keep their own copy.";
    TEMPLATE_DISCARDED => "已删除模板“{}”。", "Deleted the template “{}”.";
    EMBEDDED_NOTICE => "本文件是“{}”的专用填报文件，新建自评时默认使用该模板。", "This form file carries “{}”; new assessments use it by default.";
    EMBEDDED_BROKEN => "本文件附带的考核模板无法使用：{}", "The template this file carries cannot be used: {}";
    EDITOR_HEADING => "编辑考核模板", "Edit criteria template";
    REDO => "重做", "Redo";
    PUBLISH => "发布", "Publish";
    CANNOT_PUBLISH => "还有 {} 处问题，修正后才能发布", "{} problem(s) left: fix them to publish";
    READY_TO_PUBLISH => "未发现问题，可以发布", "No problems found: ready to publish";
    AUTOSAVED => "修改自动保存在本浏览器中", "Changes are saved in this browser as you go";
    TEMPLATE_TITLE_ZH => "模板名称（中文）", "Title (Chinese)";
    TEMPLATE_TITLE_EN => "模板名称（英文）", "Title (English)";
    DESCRIPTION_ZH => "说明（中文）", "Description (Chinese)";
    DESCRIPTION_EN => "说明（英文）", "Description (English)";
    TEMPLATE_ID => "模板标识", "Template id";
    VERSION_N => "第 {} 版", "Version {}";
    DIMENSION_N => "维度 {}", "Dimension {}";
    NAME_ZH => "名称（中文）", "Name (Chinese)";
    NAME_EN => "名称（英文）", "Name (English)";
    WEIGHT => "权重", "Weight";
    ADD_DIMENSION => "添加维度", "Add dimension";
    ADD_INDICATOR => "添加指标", "Add indicator";
    MOVE_UP => "上移", "Move up";
    MOVE_DOWN => "下移", "Move down";
    REMOVE => "删除", "Remove";
    INDICATOR_ID => "编号", "Number";
    CONTENT_ZH => "考核内容（中文）", "Content (Chinese)";
    CONTENT_EN => "考核内容（英文）", "Content (English)";
    STANDARD_ZH => "评分标准（中文）", "Scoring standard (Chinese)";
    STANDARD_EN => "评分标准（英文）", "Scoring standard (English)";
    KIND => "计分方式", "Kind";
    LEVEL_N => "档次 {}", "Level {}";
    LEVELS => "评定档次", "Levels";
    ADD_LEVEL => "添加档次", "Add level";
    TARGET => "目标值", "Target";
    UNIT_ZH => "计量单位（中文）", "Unit (Chinese)";
    UNIT_EN => "计量单位（英文）", "Unit (English)";
    QUOTA_MODE => "计分规则", "Scoring rule";
    PROPORTIONAL => "按比例计分", "In proportion";
    ALL_OR_NOTHING => "达到目标得满分，否则 0 分", "Full marks at the target, else 0";
    PER_OCCURRENCE_POINTS => "每次分值", "Points per occurrence";
    SOURCE_PARAGRAPH => "依据文件条款（留空为通行做法）", "Seed paragraph (empty: common practice)";
    NA_ALLOWED => "允许选择“不适用”", "“Not applicable” allowed";
    MUST_PASS_CAP => "未达满分时等次最高为", "Below full marks the grade is at most";
    GRADE_BANDS => "等次区间", "Grade bands";
    BAND_N => "等次 {}", "Grade {}";
    BAND_FROM => "下限（含）", "From (included)";
    BAND_TO => "上限", "Up to";
    ADD_BAND => "添加等次", "Add grade band";
    PREVIEW => "预览", "Preview";
    SAMPLE_SCORE => "示例得分（各项均得满分时）", "Sample score (every item at full marks)";
    DRAG_HINT => "拖动 ⠿ 可调整顺序，也可使用“上移”“下移”按钮。", "Drag ⠿ to reorder, or use Move up and Move down.";
    DRAG_HANDLE => "拖动以调整顺序", "Drag to reorder";
    TEMPLATE_PROBLEMS => "待修正的问题", "Problems to fix";
    SCHEMA_VERSION_FIELD => "模板格式版本", "Template format version";
    INTERNAL_ID => "内部标识", "Internal id";
    INDICATORS_FIELD => "指标", "Indicators";
    INDICATOR_N => "第 {} 项指标", "Indicator {}";
    PREVIEW_WAITS => "模板还有问题，修正后再显示示例得分和等次。", "The sample score and grade are shown once the problems are fixed.";
    NEWER_TEMPLATE => "此草稿按第 {} 版考核模板填写，现已有更新的版本。", "This draft was filled on version {} of its template; a newer version is available.";
    CHANGES_ADDED => "新增项目", "Added items";
    CHANGES_REMOVED => "删除的项目", "Removed items";
    CHANGES_REPOINTED => "改变编号的项目", "Renumbered items";
    CHANGES_CHANGED => "内容或计分有变化的项目", "Items whose wording or scoring changed";
    ANSWERS_NO_PLACE => "以下答案在新版本中没有对应项目，迁移后不再计分（旧版本草稿会另存一份副本）：", "These answers have no place in the new version and will no longer count (the old draft is kept as a copy):";
    ANSWERS_NOTE_ONLY => "以下项目的计分方式已改变，原答案不再适用，仅保留说明（旧版本草稿会另存一份副本）：", "These items are now scored differently, so only their notes are carried (the old draft is kept as a copy):";
    ANSWERS_ALL_KEPT => "所有答案都能迁移到新版本。", "Every answer has a place in the new version.";
    MOVE_ANSWERS => "将答案迁移到第 {} 版", "Move the answers to version {}";
    KEEP_VERSION => "继续使用原版本", "Keep the current version";
    MOVED_TO_VERSION => "已迁移到第 {} 版。", "Moved to version {}.";
    // the kinds of indicator as an author picks them (domain/template_edit.rs)
    KIND_SCALE => "评定档次", "Rating scale";
    KIND_YES_NO => "是否达到", "Yes / no";
    KIND_QUOTA => "定量目标", "Quota";
    KIND_DEDUCTION => "扣分项", "Deduction";
    KIND_BONUS => "加分项", "Bonus";
    KIND_VETO => "一票否决", "Veto";
    // what a new template or item starts with: the default levels of a rating scale and the
    // grade bands most committees use; the title of a copy
    DEFAULT_LEVEL_GOOD => "好", "Good";
    DEFAULT_LEVEL_FAIRLY_GOOD => "较好", "Fairly good";
    DEFAULT_LEVEL_FAIR => "一般", "Fair";
    DEFAULT_LEVEL_POOR => "差", "Poor";
    DEFAULT_BAND_EXCELLENT => "优秀", "Excellent";
    DEFAULT_BAND_GOOD => "良好", "Good";
    DEFAULT_BAND_PASS => "合格", "Pass";
    DEFAULT_BAND_FAIL => "不合格", "Fail";
    TEMPLATE_COPY_TITLE => "{}（副本）", "{} (copy)";
    // what is wrong in a template (domain/validate.rs); the editor shows where beside it
    TEMPLATE_SCHEMA_UNSUPPORTED => "不支持的模板格式版本 {}（本程序支持 {}）", "unsupported template format version {} (this app reads {})";
    TEXT_MISSING_ZH => "缺少中文文本", "the Chinese text is missing";
    TEXT_MISSING_EN => "缺少英文文本", "the English text is missing";
    ID_EMPTY => "标识不能为空", "the id must not be empty";
    ID_DUPLICATE => "{}“{}”重复（与{}相同）", "duplicate {} “{}” (also used by {})";
    DIMENSION_ID => "维度标识", "dimension id";
    INDICATOR_NUMBER => "指标编号", "indicator number";
    LEVEL_ID => "档次标识", "level id";
    GRADE_ID => "等次标识", "grade id";
    // another part by position, in ID_DUPLICATE; the indicator's two numbers come in the
    // order each language says them (zh: dimension, indicator; en: indicator, dimension)
    POSITION_DIMENSION => "维度 {}", "dimension {}";
    POSITION_INDICATOR => "维度 {} 第 {} 项指标", "indicator {} of dimension {}";
    POSITION_LEVEL => "档次 {}", "level {}";
    POSITION_BAND => "等次 {}", "grade {}";
    NO_DIMENSIONS => "模板至少需要一个维度", "a template needs at least one dimension";
    WEIGHTS_NOT_100 => "各维度权重之和为 {}，应为 100", "the dimension weights add up to {}, not 100";
    WEIGHT_NOT_POSITIVE => "权重应大于 0（现为 {}）", "the weight must be above 0 (it is {})";
    NO_INDICATORS => "维度至少需要一个指标", "a dimension needs at least one indicator";
    NO_SCORED_INDICATOR => "维度至少需要一个计分指标（加分项和否决项不计入满分）", "a dimension needs at least one scored indicator (bonus and veto items have no full marks)";
    VETO_HAS_POINTS => "否决项的分值应为 0（现为 {}）", "a veto item has 0 points (it has {})";
    POINTS_NOT_POSITIVE => "分值应大于 0（现为 {}）", "the points must be above 0 (it is {})";
    NO_LEVELS => "评定档次不能为空", "a scale needs levels";
    NO_FULL_LEVEL => "应有一个档次得满分 {}", "one level must give the full {} points";
    LEVEL_OUT_OF_RANGE => "档次分值 {} 应在 0 到 {} 之间", "level points {} must be between 0 and {}";
    TARGET_NOT_POSITIVE => "目标值应大于 0（现为 {}）", "the target must be above 0 (it is {})";
    PER_OCCURRENCE_NOT_POSITIVE => "每次分值应大于 0（现为 {}）", "the points per occurrence must be above 0 (it is {})";
    MUST_PASS_NOT_SCORED => "加分项和否决项不能设为 ★ 必达项", "a bonus or veto item cannot be a ★ must-pass item";
    NO_BANDS => "至少需要一个等次", "at least one grade band is needed";
    BAND_EMPTY_RANGE => "区间上限 {} 应大于下限 {}", "the band's upper bound {} must be above its lower bound {}";
    BANDS_NOT_BEST_FIRST => "等次应从高到低排列", "grade bands must be listed best first";
    BANDS_NOT_FROM_0 => "等次区间应从 0 开始（现从 {} 开始）", "grade bands must start at 0 (they start at {})";
    BANDS_GAP => "等次区间有空缺：{} 至 {} 之间的分数没有等次", "gap between grade bands: totals from {} up to {} have no grade";
    BANDS_OVERLAP => "等次区间重叠：{} 至 {} 也属于等次 {}", "grade bands overlap: {} up to {} is also in grade {}";
    BANDS_NOT_TO_100 => "等次区间应止于 100（现止于 {}）", "grade bands must end at 100 (they end at {})";
    MUST_PASS_CAP_UNKNOWN => "★ 项封顶等次“{}”不存在", "the ★ cap names no grade band: “{}”";
    // a built-in template that failed to load (domain/builtin): an empty stand-in says so
    BUILTIN_FAILED => "内置模板无法加载", "Built-in template failed to load";
    BUILTIN_FAILED_WHY => "错误：{}", "Error: {}";
    // making a form file (formats/form_file.rs)
    FORM_FILE_NOT_THE_APP => "无法制作填报文件：未能取得本程序的页面内容。", "The form file could not be made: the app's own page text is not available.";
    FORM_FILE_NOT_TEXT => "无法制作填报文件：模板文件不是文本。", "The form file could not be made: the template file is not text.";
    // a template made from a criteria table (formats/criteria_csv)
    CSV_TEMPLATE_DESCRIPTION => "根据表格“{}”导入的考核细则。", "Criteria imported from the table “{}”.";
    // reading a criteria table (formats/criteria_csv): a cell that could not be read as
    // written, and why no template could be made
    CSV_CELL_ISSUE => "第 {} 行“{}”列：{}", "row {}, column “{}”: {}";
    CSV_BAD_NUMBER => "“{}”不是有效的分值：{}", "“{}” is not a valid number: {}";
    CSV_UNKNOWN_KIND => "无法识别的计分方式“{}”（可用：评定、是否、定量、全有全无、扣分、加分、否决）", "unknown kind “{}” (use scale, yes_no, quota, all_or_nothing, deduction, bonus or veto)";
    CSV_BAD_LEVEL => "档次“{}”应写作“名称:分值”，例如“好:10”", "level “{}” should read “label:points”, e.g. “Good:10”";
    CSV_BAD_FLAG => "“{}”应为“是”或“否”", "“{}” should be yes or no";
    CSV_TOO_LARGE => "表格过大（{} 字节），上限为 {} 字节", "The table is too large ({} bytes); the limit is {} bytes.";
    CSV_NOT_CSV => "第 {} 行无法按 CSV 读取：{}", "Row {} is not readable CSV: {}";
    CSV_MISSING_COLUMN => "表头缺少“{}”列（可用列名：{}）。找到的列：{}", "The header row has no “{}” column (accepted names: {}). Columns found: {}";
    CSV_NO_ROWS => "表格只有表头，没有考核项目", "The table has a header row but no criteria rows.";
    // a criteria table's columns as messages name them; the Chinese is also the header name
    // to write (the first of the column's names below)
    CSV_COLUMN_DIMENSION => "维度", "dimension";
    CSV_COLUMN_DIMENSION_EN => "维度（英文）", "dimension (English)";
    CSV_COLUMN_WEIGHT => "权重", "weight";
    CSV_COLUMN_ID => "编号", "id";
    CSV_COLUMN_CONTENT => "考核内容", "content";
    CSV_COLUMN_CONTENT_EN => "考核内容（英文）", "content (English)";
    CSV_COLUMN_STANDARD => "评分标准", "scoring standard";
    CSV_COLUMN_STANDARD_EN => "评分标准（英文）", "scoring standard (English)";
    CSV_COLUMN_POINTS => "分值", "points";
    CSV_COLUMN_KIND => "类型", "kind";
    CSV_COLUMN_TARGET => "目标", "target";
    CSV_COLUMN_UNIT => "计量单位", "unit";
    CSV_COLUMN_PER_OCCURRENCE => "每次分值", "points per occurrence";
    CSV_COLUMN_LEVELS => "档次", "levels";
    CSV_COLUMN_NA_ALLOWED => "可不适用", "N/A allowed";
    CSV_COLUMN_NOTE_REQUIRED => "未满分须说明", "note required";
    CSV_COLUMN_MUST_PASS => "必达项", "must-pass";
    CSV_COLUMN_SOURCE => "依据", "source";
    FILE_NO_BROWSER => "浏览器环境不可用", "The browser page is not available.";
    FILE_BROWSER_REFUSED => "浏览器无法处理该文件：{}", "The browser could not handle the file: {}";
}

// The words a criteria table is read in (formats/criteria_csv): what committees write in its
// header and cells, in Chinese, with the English codes beside them. They are matched after
// trimming, ignoring case and blanks; the first name of a column is the one to write.

pub const CSV_DIMENSION_NAMES: &[&str] = &[
    CSV_COLUMN_DIMENSION.zh,
    "考核维度",
    "类别",
    "一级指标",
    "dimension",
];
pub const CSV_DIMENSION_EN_NAMES: &[&str] =
    &[CSV_COLUMN_DIMENSION_EN.zh, "维度(英文)", "dimension_en"];
pub const CSV_WEIGHT_NAMES: &[&str] = &[CSV_COLUMN_WEIGHT.zh, "维度权重", "weight"];
pub const CSV_ID_NAMES: &[&str] = &[CSV_COLUMN_ID.zh, "指标编号", "id"];
pub const CSV_CONTENT_NAMES: &[&str] = &[
    CSV_COLUMN_CONTENT.zh,
    "内容",
    "考核项目",
    "二级指标",
    "content",
];
pub const CSV_CONTENT_EN_NAMES: &[&str] =
    &[CSV_COLUMN_CONTENT_EN.zh, "考核内容(英文)", "content_en"];
pub const CSV_STANDARD_NAMES: &[&str] = &[CSV_COLUMN_STANDARD.zh, "标准", "评分细则", "standard"];
pub const CSV_STANDARD_EN_NAMES: &[&str] =
    &[CSV_COLUMN_STANDARD_EN.zh, "评分标准(英文)", "standard_en"];
pub const CSV_POINTS_NAMES: &[&str] =
    &[CSV_COLUMN_POINTS.zh, "满分", "分数", "points", "max_points"];
pub const CSV_KIND_NAMES: &[&str] = &[CSV_COLUMN_KIND.zh, "计分方式", "评分方式", "kind"];
pub const CSV_TARGET_NAMES: &[&str] = &[CSV_COLUMN_TARGET.zh, "目标值", "target"];
pub const CSV_UNIT_NAMES: &[&str] = &[CSV_COLUMN_UNIT.zh, "单位", "unit"];
pub const CSV_PER_OCCURRENCE_NAMES: &[&str] =
    &[CSV_COLUMN_PER_OCCURRENCE.zh, "每次", "per_occurrence"];
pub const CSV_LEVELS_NAMES: &[&str] = &[CSV_COLUMN_LEVELS.zh, "评定档次", "levels"];
pub const CSV_NA_ALLOWED_NAMES: &[&str] = &[CSV_COLUMN_NA_ALLOWED.zh, "允许不适用", "na_allowed"];
pub const CSV_NOTE_REQUIRED_NAMES: &[&str] =
    &[CSV_COLUMN_NOTE_REQUIRED.zh, "须说明", "note_required"];
pub const CSV_MUST_PASS_NAMES: &[&str] = &[CSV_COLUMN_MUST_PASS.zh, "必达", "★", "must_pass"];
pub const CSV_SOURCE_NAMES: &[&str] = &[CSV_COLUMN_SOURCE.zh, "来源", "source"];

/// What may end a header name and is dropped before matching (`考核内容：`).
pub const CSV_HEADER_NAME_ENDS: [char; 2] = [':', '：'];

// A kind cell's words, each for one kind (a quota scored all or nothing has its own).
pub const CSV_SCALE_WORDS: &[&str] = &["评定", "档次", "定性", "评定档次", "scale"];
pub const CSV_YES_NO_WORDS: &[&str] = &["是否", "达标", "是否达到", "yes_no", "yesno", "yes/no"];
pub const CSV_QUOTA_WORDS: &[&str] = &["定量", "按比例", "定量目标", "quota", "proportional"];
pub const CSV_ALL_OR_NOTHING_WORDS: &[&str] = &["全有全无", "达标得分", "all_or_nothing"];
pub const CSV_DEDUCTION_WORDS: &[&str] = &["扣分", "扣分项", "deduction"];
pub const CSV_BONUS_WORDS: &[&str] = &["加分", "加分项", "bonus"];
pub const CSV_VETO_WORDS: &[&str] = &["否决", "一票否决", "否决项", "veto"];

// A yes/no cell's words (an empty cell is no).
pub const CSV_YES_WORDS: &[&str] = &["是", "对", "√", "✓", "✔", "★", "y", "yes", "true", "1"];
pub const CSV_NO_WORDS: &[&str] = &["", "否", "×", "✗", "n", "no", "false", "0"];

/// Between the levels of a levels cell: `好:10；较好:8`.
pub const CSV_LEVEL_SEPARATORS: [char; 4] = [';', '；', '|', '\n'];
/// Between a level's label and its points: `好:10`, `好：10`, `好=10`.
pub const CSV_LEVEL_POINTS_SEPARATORS: [char; 3] = [':', '：', '='];
