// Fills an empty title field with the chosen file's name (without extension), as the server would.
document.addEventListener("DOMContentLoaded", () => {
    for (const title of document.querySelectorAll("input[data-title-from]")) {
        const file = document.getElementById(title.dataset.titleFrom);
        if (!file) {
            continue;
        }
        let filled = "";
        file.addEventListener("change", () => {
            const name = file.files.length > 0 ? file.files[0].name : "";
            if (title.value === "" || title.value === filled) {
                filled = name.replace(/\.[^.]+$/, "");
                title.value = filled;
            }
        });
    }
});
