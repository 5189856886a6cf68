//! Properties of assessment files over random assessments of every built-in template and the
//! all-kinds sample: export → import gives the same assessment and the same scores; the digest
//! detects any single changed answer or note; file names are always safe; a backup restores
//! every draft.

use crate::answers;
use crate::exchange_fixtures;

use eightfold_core::domain::assessment::Assessment;
use eightfold_core::domain::{Answer, Indicator, IndicatorId, Template};
use eightfold_core::formats::exchange::{
    backup, export_assessment, import_file, restore, sanitize_file_name_part, DigestStatus,
};
use exchange_fixtures::all_templates;
use proptest::prelude::*;
use serde_json::Value;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn export_then_import_gives_the_same_assessment_and_scores(
        (template, assessment) in answers::template_and_assessment(all_templates()),
        exported_at in answers::date_time(),
    ) {
        let exported = export_assessment(&template, &assessment, exported_at).expect("exports");
        let imported = import_file(&exported.file_name, &exported.bytes, &[]).expect("imports");
        prop_assert_eq!(&imported.assessment, &assessment);
        prop_assert_eq!(&imported.template, &template);
        prop_assert_eq!(imported.exported_at, exported_at);
        prop_assert_eq!(imported.digest, exported.digest);
        prop_assert_eq!(&imported.digest_status, &DigestStatus::Verified);
        prop_assert!(!imported.score_mismatch);
        prop_assert_eq!(
            imported.assessment.self_score(&imported.template),
            assessment.self_score(&template)
        );
        prop_assert_eq!(
            imported.assessment.review_score(&imported.template),
            assessment.review_score(&template)
        );
    }

    #[test]
    fn changing_any_single_answer_is_detected(
        (template, assessment, index, new) in with_replacement(),
        in_review in any::<bool>(),
    ) {
        let exported = export_assessment(&template, &assessment, answers::beijing(2026, 11, 20, 9, 0))
            .expect("exports");
        let id: IndicatorId = template
            .indicators()
            .nth(index)
            .map(|(_, indicator)| indicator.id.clone())
            .expect("the index is in range");
        let id = &id;
        let in_review = in_review && assessment.review.is_some();
        let old = if in_review {
            assessment.review.as_ref().and_then(|r| r.answers.get(id)).cloned()
        } else {
            assessment.answers.get(id).cloned()
        };
        prop_assume!(Some(&new) != old.as_ref());

        let mut value: Value = serde_json::from_slice(&exported.bytes).expect("JSON");
        let slot = if in_review {
            &mut value["assessment"]["review"]["answers"]
        } else {
            &mut value["assessment"]["answers"]
        };
        slot[id.as_str()] = serde_json::to_value(&new).expect("JSON");
        let bytes = serde_json::to_vec_pretty(&value).expect("JSON");

        let imported = import_file("edited.json", &bytes, &[]).expect("an edited file still imports");
        let changed = matches!(
            imported.digest_status,
            DigestStatus::ChangedAfterExport { expected, actual }
                if expected == exported.digest && actual != exported.digest
        );
        prop_assert!(changed, "{:?}", imported.digest_status);
        let got = if in_review {
            imported.assessment.review.as_ref().and_then(|r| r.answers.get(id))
        } else {
            imported.assessment.answers.get(id)
        };
        prop_assert_eq!(got, Some(&new));
    }

    #[test]
    fn file_names_are_safe_and_keep_chinese(unit in answers::user_text(), zh in "[一-龥]{1,8}") {
        let part = sanitize_file_name_part(&unit, "unit");
        prop_assert!(!part.is_empty());
        prop_assert!(!part.chars().any(|c| c.is_control() || "/\\:*?\"<>|".contains(c)), "{part:?}");
        prop_assert!(!part.starts_with('.') && !part.ends_with('.'));
        prop_assert_eq!(sanitize_file_name_part(&zh, "unit"), zh);
    }

    #[test]
    fn a_backup_restores_every_draft(
        drafts in prop::collection::vec(answers::template_and_assessment(all_templates()), 0..4),
        at in answers::date_time(),
    ) {
        let bytes = backup(&drafts, at).expect("backs up");
        let restored = restore(&bytes, &[]).expect("restores");
        prop_assert_eq!(&restored.digest_status, &DigestStatus::Verified);
        prop_assert_eq!(restored.created_at, at);
        let back: Vec<_> = restored
            .entries
            .into_iter()
            .map(|entry| entry.map(|i| (i.template, i.assessment)))
            .collect::<Result<_, _>>()
            .expect("every entry restores");
        prop_assert_eq!(back, drafts);
    }
}

/// An assessment, the index of one of its template's indicators, and a new answer for it.
fn with_replacement() -> impl Strategy<Value = (Template, Assessment, usize, Answer)> {
    answers::template_and_assessment(all_templates()).prop_flat_map(|(template, assessment)| {
        let indicators: Vec<Indicator> = template.indicators().map(|(_, i)| i.clone()).collect();
        let pick = (0..indicators.len())
            .prop_flat_map(move |i| (Just(i), answers::answer_for(&indicators[i])));
        (Just(template), Just(assessment), pick)
            .prop_map(|(template, assessment, (i, answer))| (template, assessment, i, answer))
    })
}
