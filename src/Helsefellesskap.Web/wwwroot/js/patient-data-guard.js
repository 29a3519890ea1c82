// Live "no patient data" check while the person types. It only helps: the server refuses the text on save anyway,
// so nothing is disabled and a failed check is silent.
//
// Contract (markup):
//   <form data-guard-url="/api/{community}/avvik/kontroll" data-guard-show-text="@L["PatientData.Show"]">
//     <textarea name="Input.WhatHappened" data-patient-guard="WhatHappened" data-guard-target="what-happened-guard"></textarea>
//     <div id="what-happened-guard"></div>
//   </form>
// - data-guard-url (form): the check endpoint, POST {"fields": {"WhatHappened": "…"}}.
// - data-guard-show-text (form): the text of the button that selects the offending characters.
// - data-patient-guard (textarea or input): the field's name in the check, the DeviationReport property
//   (WhatHappened, ImmediateAction, SuggestedImprovement, AgreementReference, ReporterRole, LocalReference);
//   any other name (e.g. "Text" for a message) gets a neutral label in the messages.
// - data-guard-target (optional): id of the element that shows the field's messages; made aria-live="polite" and
//   added to the field's aria-describedby. Without it, an element is created right after the field.
// While a field has hits it has aria-invalid="true"; it is cleared again only if this script set it.
(() => {
    "use strict";

    const pauseMs = 400;

    function messageBox(field) {
        let box = field.dataset.guardTarget ? document.getElementById(field.dataset.guardTarget) : null;
        if (!box) {
            box = document.createElement("div");
            box.id = `${field.id || field.name.replace(/\W/g, "-")}-patient-guard`;
            field.insertAdjacentElement("afterend", box);
        }
        box.classList.add("field-error");
        box.setAttribute("aria-live", "polite");
        const describedBy = (field.getAttribute("aria-describedby") ?? "").split(" ").filter(id => id.length > 0);
        if (!describedBy.includes(box.id)) {
            field.setAttribute("aria-describedby", [...describedBy, box.id].join(" "));
        }
        return box;
    }

    function select(field, hit) {
        field.focus();
        field.setSelectionRange(hit.start, hit.start + hit.length);
    }

    function show(field, box, hits, showText) {
        const shown = hits.map(h => `${h.start}:${h.length}:${h.message}`).join("\n");
        if (box.dataset.shown === shown) {
            return; // unchanged: do not make screen readers repeat it
        }
        box.dataset.shown = shown;
        box.replaceChildren();
        if (hits.length === 0) {
            if (field.dataset.guardInvalid) {
                field.removeAttribute("aria-invalid");
                delete field.dataset.guardInvalid;
            }
            return;
        }
        if (field.getAttribute("aria-invalid") !== "true") {
            field.setAttribute("aria-invalid", "true");
            field.dataset.guardInvalid = "1";
        }
        const list = document.createElement("ul");
        for (const hit of hits) {
            const item = document.createElement("li");
            item.append(hit.message, " ");
            const button = document.createElement("button");
            button.type = "button";
            button.className = "secondary small";
            button.textContent = showText;
            button.addEventListener("click", () => select(field, hit));
            item.append(button);
            list.append(item);
        }
        box.append(list);
    }

    function setUp(form) {
        const url = form.dataset.guardUrl;
        const showText = form.dataset.guardShowText ?? "";
        const fields = Array.from(form.querySelectorAll("textarea[data-patient-guard], input[data-patient-guard]"));
        const boxes = new Map(fields.map(f => [f, messageBox(f)]));
        let timer = null;
        let latest = 0;

        async function check() {
            const request = ++latest;
            const sent = new Map(fields.map(f => [f, f.value]));
            const body = { fields: Object.fromEntries(fields.map(f => [f.dataset.patientGuard, f.value])) };
            try {
                const response = await fetch(url, {
                    method: "POST",
                    body: JSON.stringify(body),
                    headers: { "Content-Type": "application/json", "Accept": "application/json" },
                    credentials: "same-origin",
                });
                if (!response.ok || request !== latest) {
                    return;
                }
                const result = await response.json();
                for (const field of fields) {
                    // A field changed since it was sent is shown by the next check, with positions that fit.
                    if (field.value === sent.get(field)) {
                        show(field, boxes.get(field), result.fields[field.dataset.patientGuard] ?? [], showText);
                    }
                }
            } catch {
                // Offline or signed out: the server checks again on save.
            }
        }

        for (const field of fields) {
            field.addEventListener("input", () => {
                clearTimeout(timer);
                timer = setTimeout(check, pauseMs);
            });
        }
        if (fields.some(f => f.value.length > 0)) {
            check();
        }
    }

    document.querySelectorAll("form[data-guard-url]").forEach(setUp);
})();
