//! The application shell.

use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="app">
            <h1>"八型机关考评 Eightfold"</h1>
            <ul class="types">
                {["学习型", "创新型", "高效型", "服务型", "法治型", "节约型", "文明型", "廉洁型"]
                    .into_iter()
                    .map(|name| view! { <li>{name}</li> })
                    .collect_view()}
            </ul>
        </main>
    }
}
