//! `cargo run -p role-explorer-gen`: rewrites every file derived from the
//! contract, and names those that changed.

use std::process::ExitCode;

fn main() -> ExitCode {
    let root = role_explorer_gen::workspace_root();
    let result = role_explorer_gen::artefacts(&root).and_then(|artefacts| {
        let mut changed = 0;
        for artefact in artefacts {
            if artefact.write_if_changed(&root)? {
                println!("rewrote {}", artefact.path);
                changed += 1;
            }
        }
        Ok(changed)
    });
    match result {
        Ok(0) => {
            println!("every file already matches the contract");
            ExitCode::SUCCESS
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("role-explorer-gen: {error}");
            ExitCode::FAILURE
        }
    }
}
