// Drag-and-drop reordering of the agenda. The Move up / Move down buttons do the same without a mouse
// or without script; this only fills the hidden order field and enables its Save button.
document.addEventListener("DOMContentLoaded", () => {
    const list = document.getElementById("agenda-list");
    const order = document.getElementById("reorder-order");
    const save = document.getElementById("reorder-save");
    if (!list || !order || !save) {
        return;
    }
    let dragged = null;
    for (const item of list.querySelectorAll("li[data-item-id]")) {
        item.draggable = true;
        item.addEventListener("dragstart", (event) => {
            dragged = item;
            item.classList.add("dragging");
            event.dataTransfer.effectAllowed = "move";
        });
        item.addEventListener("dragend", () => {
            item.classList.remove("dragging");
            dragged = null;
        });
        item.addEventListener("dragover", (event) => {
            if (!dragged || dragged === item) {
                return;
            }
            event.preventDefault();
            const box = item.getBoundingClientRect();
            const after = event.clientY > box.top + box.height / 2;
            list.insertBefore(dragged, after ? item.nextSibling : item);
        });
        item.addEventListener("drop", (event) => {
            event.preventDefault();
            order.value = Array.from(list.querySelectorAll("li[data-item-id]"), (li) => li.dataset.itemId).join(",");
            save.disabled = false;
        });
    }
});
