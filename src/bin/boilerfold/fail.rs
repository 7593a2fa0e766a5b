//! Errors that end the run: [`Fail`] carries the message and the exit code that `main` reports.

/// An error that ends the run: a message and an exit code.
pub struct Fail {
    pub code: u8,
    pub message: String,
}

/// A usage error (exit code 2), with a pointer to `--help`.
pub fn usage(message: impl Into<String>) -> Fail {
    Fail { code: 2, message: format!("{}\ntry 'boilerfold --help'", message.into()) }
}

/// Bad input (exit code 1): the message names the path.
pub fn bad_input(path: &str, message: impl std::fmt::Display) -> Fail {
    Fail { code: 1, message: format!("{path}: {message}") }
}

/// The text of a panic payload (a `&str` or a `String`; else "panic").
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_owned()
    }
}

/// `--help` inside a subcommand ends the run successfully after printing.
pub fn help_shown(r: Result<(), Fail>) -> Result<(), Fail> {
    match r {
        Err(Fail { code: 0, .. }) => Ok(()),
        other => other,
    }
}
