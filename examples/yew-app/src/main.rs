//! Starts the example app in the page's `<body>`.

fn main() {
    yew::Renderer::<role_explorer_example::App>::new().render();
}
