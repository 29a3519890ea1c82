// Moves keyboard focus to the error summary after a failed post, so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
    const summary = document.querySelector(".error-summary");
    if (summary) {
        summary.focus();
    }
});

// Forms marked data-confirm ask before they post (deleting, for instance).
document.addEventListener("submit", (event) => {
    const message = event.target instanceof HTMLFormElement ? event.target.dataset.confirm : undefined;
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

// Parts of a page that only work with script are hidden until script runs.
document.documentElement.classList.add("js");
