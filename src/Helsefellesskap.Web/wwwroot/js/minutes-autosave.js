// Saves each agenda item's minutes by itself after a pause in typing and when a field loses focus.
// On a conflict (someone else saved the item) it shows their text, keeps hers, and stops autosaving that item:
// she resolves by merging and pressing the item's Save button, which then saves knowingly.
(() => {
    "use strict";

    const pauseMs = 2000;
    const timeFormat = new Intl.DateTimeFormat("nb-NO", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" });
    const leadingNumber = /^\d+[.)]\s*/;

    function conclusionPoints(text) {
        return text.split("\n").map(line => line.trim().replace(leadingNumber, "").trim()).filter(line => line.length > 0);
    }

    function setUp(form) {
        const url = form.dataset.autosaveUrl;
        const version = form.querySelector("[data-version]");
        const status = form.querySelector("[data-status]");
        const fields = Array.from(form.querySelectorAll("textarea[data-field]"));
        const conclusion = form.querySelector("textarea[data-field='conclusion']");
        const preview = form.querySelector("[data-preview]");
        const snapshot = () => fields.map(f => f.value).join("\u0000");
        let saved = snapshot();
        let timer = null;
        let inFlight = false;
        let again = false;
        let stopped = false;
        let submitWhenSaved = false;

        const say = text => { status.textContent = text; };

        function showConflict(data) {
            stopped = true;
            version.value = data.version;
            const box = form.querySelector("[data-conflict]");
            box.querySelector("[data-conflict-message]").textContent = data.message;
            box.querySelector("[data-their-summary]").textContent = data.theirSummary ?? "";
            box.querySelector("[data-their-conclusion]").textContent = data.theirConclusion ?? "";
            box.hidden = false;
            form.querySelector("[data-layout]").classList.add("has-conflict");
            say("");
        }

        async function save() {
            clearTimeout(timer);
            if (stopped || snapshot() === saved) {
                return;
            }
            if (inFlight) {
                again = true;
                return;
            }
            inFlight = true;
            const sending = snapshot();
            say(form.dataset.savingText);
            try {
                const response = await fetch(url, {
                    method: "POST",
                    body: new FormData(form),
                    headers: { "Accept": "application/json" },
                    credentials: "same-origin",
                });
                const data = await response.json().catch(() => ({}));
                if (response.ok) {
                    version.value = data.version;
                    saved = sending;
                    say(form.dataset.savedText.replace("{0}", timeFormat.format(new Date(data.savedAt))));
                } else if (response.status === 409) {
                    showConflict(data);
                } else {
                    stopped = true;
                    say(data.message ?? form.dataset.failedText);
                }
            } catch {
                say(form.dataset.failedText);
            } finally {
                inFlight = false;
            }
            if (submitWhenSaved) {
                submitWhenSaved = false;
                // Unless the autosave met a conflict, which she must see first.
                if (!stopped) {
                    stopped = true;
                    form.submit();
                }
                return;
            }
            if (again) {
                again = false;
                save();
            }
        }

        fields.forEach(field => {
            field.addEventListener("input", () => {
                clearTimeout(timer);
                timer = setTimeout(save, pauseMs);
            });
            field.addEventListener("blur", save);
        });

        // Pressing Save blurs the field and so starts an autosave with the same version: the form would then
        // conflict with her own autosave. Wait for it, and send the form with the version it returned.
        form.addEventListener("submit", event => {
            clearTimeout(timer);
            if (inFlight) {
                event.preventDefault();
                submitWhenSaved = true;
                return;
            }
            stopped = true;
        });

        if (conclusion && preview) {
            conclusion.addEventListener("input", () => {
                preview.replaceChildren(...conclusionPoints(conclusion.value).map(point => {
                    const li = document.createElement("li");
                    li.textContent = point;
                    return li;
                }));
            });
        }
    }

    document.querySelectorAll("form[data-autosave-url]").forEach(setUp);
})();
