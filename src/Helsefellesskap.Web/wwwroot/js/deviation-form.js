// A select marked data-filters="<id>" narrows the select with that id to the optgroup of the chosen value
// (units of the chosen partner, sub-categories of the chosen category). Without script every choice stays
// and the server checks that the two fit together.
(() => {
    "use strict";

    // On load the choice stays even if it does not fit: the server's message about it must still make sense.
    function filter(owner, target, onLoad) {
        let keepsChoice = onLoad || target.value === "";
        target.querySelectorAll("optgroup[data-owner]").forEach(group => {
            const matches = owner.value !== "" && group.dataset.owner === owner.value;
            group.hidden = !matches;
            group.disabled = !matches;
            if (matches && group.querySelector(`option[value="${CSS.escape(target.value)}"]`)) {
                keepsChoice = true;
            }
        });
        if (!keepsChoice) {
            target.value = "";
            target.dispatchEvent(new Event("change", { bubbles: true }));
        }
    }

    document.querySelectorAll("select[data-filters]").forEach(owner => {
        const target = document.getElementById(owner.dataset.filters);
        if (!target) {
            return;
        }
        owner.addEventListener("change", () => filter(owner, target, false));
        filter(owner, target, true);
    });
})();
