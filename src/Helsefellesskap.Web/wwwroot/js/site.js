// Moves keyboard focus to the error summary after a failed post, so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
    const summary = document.querySelector(".error-summary");
    if (summary) {
        summary.focus();
    }
});
