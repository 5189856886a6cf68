//! What the browser storage of drafts, criteria templates and review batches says when a
//! save or a load goes wrong ([`crate::drafts`]): what happened, that nothing was lost (or
//! what to do so nothing is), and the way out, usually an export.

use super::UiText;

ui_strings! {
    STORAGE_TEXTS;
    DRAFT_DAMAGED => "内容已损坏，无法读取（{}）。", "The content is damaged and cannot be read ({}).";
    DRAFT_NOT_A_RECORD => "内容不是八型机关考评的草稿记录。", "The content is not an Eightfold draft record.";
    DRAFT_UNKNOWN_SCHEMA => "草稿格式版本 {} 无法识别。", "Draft format version {} is not recognised.";
    DRAFT_FUTURE_SCHEMA => "该草稿由更新版本的八型机关考评写入（格式版本 {}），本版本无法打开。它已原样保留；请使用最新版本的文件打开它。", "This draft was written by a newer Eightfold (format version {}) and cannot be opened here. It is kept unchanged; update Eightfold to open it.";
    DRAFT_INVALID => "草稿（格式版本 {}）内容有误{}：{}。", "The draft (format version {}) is invalid{}: {}.";
    DRAFT_WRONG_KEY => "存储位置 {} 中的草稿属于另一份考评（{}）。", "The draft stored as {} belongs to another assessment ({}).";
    DRAFT_READS_NOW => "该内容此前被单独保存；现在可以读取，可下载后重新导入。", "This content was kept aside earlier; it reads correctly now and can be downloaded and imported.";
    ENTRY_KEPT_ASIDE => "原始内容已单独保存，其他草稿不受影响。可下载该内容以便恢复。", "Its text has been kept aside unchanged and the other drafts are unaffected. Download it to recover what it holds.";
    ENTRY_LEFT_IN_PLACE => "原始内容保持原位（存储空间不足，无法另存），其他草稿不受影响。请下载该内容。", "Its text is left where it was (storage is too full to set it aside) and the other drafts are unaffected. Download it.";
    DRAFT_UNREADABLE_ENTRY => "有一份草稿无法读取：{}", "A draft could not be read: {}";
    BATCH_UNREADABLE_ENTRY => "有一份考评批次无法读取：{}", "A review batch could not be read: {}";
    DRAFT_MIGRATED => "草稿 {} 由旧版本保存（格式版本 {}），已转换为当前格式（{}），内容完整保留。", "Draft {} was saved by an older version (format {}) and has been converted to the current format ({}) with all its content.";
    MIGRATION_PENDING => "存储空间不足，转换后的草稿将在下次保存时写入。", "Storage is full, so the converted draft will be written at its next save.";
    SAVE_CONFLICT => "此草稿已在另一个标签页或窗口中保存（{}，第 {} 版），您的修改尚未保存。请选择：载入较新的版本，或将您的内容另存为副本。", "This draft was saved in another tab or window (at {}, revision {}); your changes are not saved yet. Choose: load the newer version, or keep yours as a copy.";
    SAVE_QUOTA => "浏览器存储空间已满，草稿未能保存（需要约 {} MB）。您的内容仍保留在本页中：请立即导出为文件，并删除不需要的旧草稿。", "Browser storage is full, so the draft was not saved (about {} MB needed). Your work is still in this page: export it to a file now, and discard old drafts you no longer need.";
    SAVE_NOT_FOUND => "草稿 {} 已不存在（可能已在另一个标签页中删除）。", "Draft {} no longer exists (it may have been discarded in another tab).";
    SAVE_UNREADABLE => "草稿 {} 无法读取：{}", "Draft {} cannot be read: {}";
    SAVE_FAILED => "草稿未能保存（{}）。您的内容仍保留在本页中，请导出为文件。", "The draft was not saved ({}). Your work is still in this page; export it to a file.";
    STORAGE_UNAVAILABLE => "此浏览器不允许本页保存数据（可能处于隐私模式或已禁用存储）。关闭本页后草稿将丢失，请在离开前导出为文件。", "This browser does not let the page store data (private mode, or storage is blocked). Drafts will not survive closing this page: export them to a file before you leave.";
    NOT_A_BACKUP => "浏览器中的草稿并非备份（Safari 还会清除 7 天未使用的数据），请定期备份为文件。", "Browser storage is not a backup (Safari also clears it after 7 days without use): back up to a file regularly.";
    STORAGE_USED => "已使用浏览器存储 {}（约 {} MB 可用）。", "{} of about {} MB browser storage used.";
    STORAGE_NEARLY_FULL => "存储即将用满：请导出并删除不再需要的旧草稿。", "Storage is nearly full: export and discard old drafts you no longer need.";
    SCOPE_SHARED_BY_FILES => "草稿保存在本浏览器中，本机任何位置打开的本文件副本都能看到这些草稿。清除浏览数据会删除它们；换电脑或换浏览器请先导出。", "Drafts are kept in this browser; a copy of this file opened from anywhere on this computer sees them. Clearing browsing data deletes them; export before moving to another computer or browser.";
    SCOPE_PER_FILE_PATH => "Firefox 按文件位置分别保存草稿：移动、重命名本文件或打开其他位置的副本时，将看不到这些草稿。如需转移，请先导出，再在新位置的文件中导入。", "Firefox keeps drafts per file location: after moving or renaming this file, or in a copy elsewhere, these drafts are not visible. To bring them over, export them here and import them in the file at its new place.";
    SCOPE_PER_SITE => "草稿保存在本浏览器中、属于当前网址。清除浏览数据会删除它们；请定期导出。", "Drafts are kept in this browser for this web address. Clearing browsing data deletes them; export them regularly.";
    // criteria templates kept in this browser (drafts/template_store.rs)
    TEMPLATE_SAVE_CONFLICT => "此模板已在另一个标签页中保存（{}），本页的修改未保存。请返回首页后重新打开。", "This template was saved in another tab (at {}); the changes here are not saved. Go back to the start and open it again.";
    TEMPLATE_NOT_VALID => "模板还有 {} 处问题，修正后才能发布。", "The template has {} problem(s); fix them before publishing.";
    TEMPLATE_RESERVED_ID => "模板标识“{}”属于内置模板，不能用于其他内容。", "The id “{}” belongs to a built-in template and cannot name other criteria.";
    TEMPLATE_NOT_NEWER => "本机已有此模板的第 {} 版，文件中的第 {} 版不是更新的版本，未导入。", "Version {} of this template is already here; the file's version {} is not newer, so it was not imported.";
}
