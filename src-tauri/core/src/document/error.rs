//! What can go wrong making generated documents.

crate::declare_errors! {
    /// What can go wrong making generated documents.
    #[non_exhaustive]
    pub enum DocumentError {
        /// The bundled font could not be read or subset (a damaged installation).
        #[error("the document font cannot be used: {reason}")]
        Font {
            /// What the font library reported.
            reason: String,
        } = "document.font",
    }
}
