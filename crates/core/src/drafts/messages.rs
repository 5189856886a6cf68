//! Every message the draft storage can show, in Chinese and English.
//!
//! Each fault says what happened, that nothing was lost (or what to do so nothing is), and the
//! way out, usually an export. Kept in one file so a tidy test can check both languages of
//! each and translators find them together. Times are shown as the writer's local clock time.

use super::decode::Problem;
use super::keys::REVIEW_BATCH;
use super::load::MigratedEntry;
use super::quarantine::QuarantinedEntry;
use super::scope::StorageScope;
use super::store::SaveError;
use super::usage::Usage;
use crate::domain::Lang;

fn pick(lang: Lang, zh: String, en: String) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// One decimal place of megabytes (1 MB = 1,048,576 bytes, as the quota is counted).
fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10).saturating_add(524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A stored size as people read it: "12 KB" below 0.1 MB (where "0.0 MB" would suggest nothing
/// is stored), else "1.2 MB".
fn stored_size(bytes: u64) -> String {
    if bytes < 104_858 {
        format!("{} KB", bytes.saturating_add(1023) / 1024)
    } else {
        format!("{} MB", megabytes(bytes))
    }
}

impl Problem {
    /// Why the entry could not be loaded.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::NotJson { message } => pick(
                lang,
                format!("内容已损坏，无法读取（{message}）。"),
                format!("The content is damaged and cannot be read ({message})."),
            ),
            Problem::NoSchema => pick(
                lang,
                "内容不是八型机关考评的草稿记录。".to_owned(),
                "The content is not an Eightfold draft record.".to_owned(),
            ),
            Problem::UnknownSchema { schema } => pick(
                lang,
                format!("草稿格式版本 {schema} 无法识别。"),
                format!("Draft format version {schema} is not recognised."),
            ),
            Problem::FutureSchema { schema } => pick(
                lang,
                format!(
                    "该草稿由更新版本的八型机关考评写入（格式版本 {schema}），本版本无法打开。\
                     它已原样保留；请使用最新版本的文件打开它。"
                ),
                format!(
                    "This draft was written by a newer Eightfold (format version {schema}) and \
                     cannot be opened here. It is kept unchanged; update Eightfold to open it."
                ),
            ),
            Problem::Invalid {
                schema,
                path,
                message,
            } => {
                let at = if path.is_empty() || path == "." {
                    String::new()
                } else {
                    format!(" @ {path}")
                };
                pick(
                    lang,
                    format!("草稿（格式版本 {schema}）内容有误{at}：{message}。"),
                    format!("The draft (format version {schema}) is invalid{at}: {message}."),
                )
            }
            Problem::WrongKey { key_id, record_id } => pick(
                lang,
                format!("存储位置 {key_id} 中的草稿属于另一份考评（{record_id}）。"),
                format!(
                    "The draft stored as {key_id} belongs to another assessment ({record_id})."
                ),
            ),
            Problem::KeptAside => pick(
                lang,
                "该内容此前被单独保存；现在可以读取，可下载后重新导入。".to_owned(),
                "This content was kept aside earlier; it reads correctly now and can be \
                 downloaded and imported."
                    .to_owned(),
            ),
        }
    }
}

impl QuarantinedEntry {
    /// The notice for the drafts list, with the way out (download).
    pub fn message(&self, lang: Lang) -> String {
        if matches!(self.problem, Problem::FutureSchema { .. }) {
            return self.problem.message(lang);
        }
        let kept = if self.moved {
            pick(
                lang,
                "原始内容已单独保存，其他草稿不受影响。可下载该内容以便恢复。".to_owned(),
                "Its text has been kept aside unchanged and the other drafts are unaffected. \
                 Download it to recover what it holds."
                    .to_owned(),
            )
        } else {
            pick(
                lang,
                "原始内容保持原位（存储空间不足，无法另存），其他草稿不受影响。请下载该内容。"
                    .to_owned(),
                "Its text is left where it was (storage is too full to set it aside) and the \
                 other drafts are unaffected. Download it."
                    .to_owned(),
            )
        };
        // Review mode's batch is kept aside the same way and listed with the drafts.
        let (what_zh, what_en) = if self.original_key == REVIEW_BATCH {
            ("一份考评批次", "A review batch")
        } else {
            ("一份草稿", "A draft")
        };
        pick(
            lang,
            format!("有{what_zh}无法读取：{}{kept}", self.problem.message(lang)),
            format!(
                "{what_en} could not be read: {} {kept}",
                self.problem.message(lang)
            ),
        )
    }
}

impl MigratedEntry {
    /// Says that an older draft was converted.
    pub fn message(&self, lang: Lang) -> String {
        let pending = if self.written_back {
            (String::new(), String::new())
        } else {
            (
                "存储空间不足，转换后的草稿将在下次保存时写入。".to_owned(),
                " Storage is full, so the converted draft will be written at its next save."
                    .to_owned(),
            )
        };
        pick(
            lang,
            format!(
                "草稿 {} 由旧版本保存（格式版本 {}），已转换为当前格式（{}），内容完整保留。{}",
                self.id, self.from, self.to, pending.0
            ),
            format!(
                "Draft {} was saved by an older version (format {}) and has been converted to \
                 the current format ({}) with all its content.{}",
                self.id, self.from, self.to, pending.1
            ),
        )
    }
}

impl SaveError {
    /// What happened to the save, and what the user can do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Conflict { theirs } => {
                let at = crate::domain::date_layout::hms(&theirs.saved_at);
                pick(
                    lang,
                    format!(
                        "此草稿已在另一个标签页或窗口中保存（{at}，第 {} 版），您的修改尚未保存。\
                         请选择：载入较新的版本，或将您的内容另存为副本。",
                        theirs.revision
                    ),
                    format!(
                        "This draft was saved in another tab or window (at {at}, revision {}); \
                         your changes are not saved yet. Choose: load the newer version, or \
                         keep yours as a copy.",
                        theirs.revision
                    ),
                )
            }
            SaveError::NewerVersion { schema } => {
                Problem::FutureSchema { schema: *schema }.message(lang)
            }
            SaveError::Quota { needed } => pick(
                lang,
                format!(
                    "浏览器存储空间已满，草稿未能保存（需要约 {} MB）。您的内容仍保留在本页中：\
                     请立即导出为文件，并删除不需要的旧草稿。",
                    megabytes(*needed)
                ),
                format!(
                    "Browser storage is full, so the draft was not saved (about {} MB needed). \
                     Your work is still in this page: export it to a file now, and discard old \
                     drafts you no longer need.",
                    megabytes(*needed)
                ),
            ),
            SaveError::Unavailable => unavailable_banner(lang),
            SaveError::NotFound { id } => pick(
                lang,
                format!("草稿 {id} 已不存在（可能已在另一个标签页中删除）。"),
                format!("Draft {id} no longer exists (it may have been discarded in another tab)."),
            ),
            SaveError::Unreadable { id, problem } => pick(
                lang,
                format!("草稿 {id} 无法读取：{}", problem.message(lang)),
                format!("Draft {id} cannot be read: {}", problem.message(lang)),
            ),
            SaveError::Storage(message) => pick(
                lang,
                format!("草稿未能保存（{message}）。您的内容仍保留在本页中，请导出为文件。"),
                format!(
                    "The draft was not saved ({message}). Your work is still in this page; \
                     export it to a file."
                ),
            ),
        }
    }
}

/// The banner shown while there is no usable storage.
pub fn unavailable_banner(lang: Lang) -> String {
    pick(
        lang,
        "此浏览器不允许本页保存数据（可能处于隐私模式或已禁用存储）。关闭本页后草稿将丢失，\
         请在离开前导出为文件。"
            .to_owned(),
        "This browser does not let the page store data (private mode, or storage is blocked). \
         Drafts will not survive closing this page: export them to a file before you leave."
            .to_owned(),
    )
}

/// The standing reminder beside the drafts list and its backup button. Where the drafts live
/// is said just above it ([`StorageScope::message`]); this says only what that means.
pub fn not_a_backup(lang: Lang) -> String {
    pick(
        lang,
        "浏览器中的草稿并非备份（Safari 还会清除 7 天未使用的数据），请定期备份为文件。".to_owned(),
        "Browser storage is not a backup (Safari also clears it after 7 days without use): back \
         up to a file regularly."
            .to_owned(),
    )
}

impl Usage {
    /// "1.2 MB of about 5 MB used", plus a nudge to export when use is high.
    pub fn message(&self, lang: Lang) -> String {
        let used = stored_size(self.used_bytes);
        let quota = megabytes(self.quota_bytes);
        let mut text = pick(
            lang,
            format!("已使用浏览器存储 {used}（约 {quota} MB 可用）。"),
            format!("{used} of about {quota} MB browser storage used."),
        );
        if self.is_high() {
            text.push_str(&pick(
                lang,
                "存储即将用满：请导出并删除不再需要的旧草稿。".to_owned(),
                " Storage is nearly full: export and discard old drafts you no longer need."
                    .to_owned(),
            ));
        }
        text
    }
}

impl StorageScope {
    /// Where the drafts live and what moving the file or clearing the browser does to them.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            StorageScope::SharedByLocalFiles => pick(
                lang,
                "草稿保存在本浏览器中，本机任何位置打开的本文件副本都能看到这些草稿。清除浏览数据会删除\
                 它们；换电脑或换浏览器请先导出。"
                    .to_owned(),
                "Drafts are kept in this browser; a copy of this file opened from anywhere on \
                 this computer sees them. Clearing browsing data deletes them; export before \
                 moving to another computer or browser."
                    .to_owned(),
            ),
            StorageScope::PerFilePath => pick(
                lang,
                "Firefox 按文件位置分别保存草稿：移动、重命名本文件或打开其他位置的副本时，将看不到这些\
                 草稿。如需转移，请先导出，再在新位置的文件中导入。"
                    .to_owned(),
                "Firefox keeps drafts per file location: after moving or renaming this file, or \
                 in a copy elsewhere, these drafts are not visible. To bring them over, export \
                 them here and import them in the file at its new place."
                    .to_owned(),
            ),
            StorageScope::PerSite => pick(
                lang,
                "草稿保存在本浏览器中、属于当前网址。清除浏览数据会删除它们；请定期导出。".to_owned(),
                "Drafts are kept in this browser for this web address. Clearing browsing data \
                 deletes them; export them regularly."
                    .to_owned(),
            ),
            StorageScope::MemoryOnly => unavailable_banner(lang),
        }
    }
}
