//! The wasm entry points: the only `#[wasm_bindgen]` items of the crate.
//!
//! The browser adapter (`extension/content/collect.js`) hands the page over in the compact wire
//! format of [`crate::page`] — one `Int32Array` of parents and one string — and gets the verdict
//! back as a JSON string (one `JSON.parse` on the JS side is cheaper than building the object
//! graph through serde-wasm-bindgen).

use wasm_bindgen::prelude::*;

use crate::{classify, json, Page};

/// Classify a page given in the wire format. `options` is a JSON object of [`crate::Config`] fields
/// (or an empty string for the defaults). Returns the verdict as JSON.
#[wasm_bindgen(js_name = classifyWire)]
pub fn classify_wire(parents: &[i32], packed: &str, options: &str) -> Result<String, JsError> {
    let config = json::options(options).map_err(|e| JsError::new(&format!("bad options: {e}")))?;
    let page = Page::from_wire(parents, packed).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(json::verdict(&classify(&page, &config)))
}

/// Decode the wire format and return the page table as JSON: lets the tests prove that the
/// browser adapter and the native adapter build the same table for the same page.
#[wasm_bindgen(js_name = pageJson)]
pub fn page_json(parents: &[i32], packed: &str) -> Result<String, JsError> {
    let page = Page::from_wire(parents, packed).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(json::page(&page))
}

/// The core's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
