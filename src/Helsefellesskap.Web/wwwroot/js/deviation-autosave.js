// Saves the deviation draft a few seconds after she stops typing and when a field loses focus. The first save
// creates the draft: the form, its buttons and the address then point at it, so later saves update it.
// Fields the server refuses (patient data, a choice that does not fit) are not stored; their messages show at the
// field. If someone saved a newer version (another tab), autosave stops and says so.
(() => {
    "use strict";

    const pauseMs = 5000;
    const timeFormat = new Intl.DateTimeFormat("nb-NO", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" });
    const ignored = new Set(["__RequestVerificationToken", "Input.Version"]);

    function setUp(form) {
        let url = form.dataset.autosaveUrl;
        const version = form.querySelector("[data-version]");
        const status = form.querySelector("[data-status]");
        const snapshot = () => Array.from(new FormData(form).entries())
            .filter(([name]) => !ignored.has(name))
            .map(([name, value]) => `${name}=${value}`)
            .join("\u0000");
        let saved = snapshot();
        let timer = null;
        let inFlight = false;
        let again = false;
        let stopped = false;
        let pendingSubmitter = null;
        let marked = [];

        const say = text => { status.textContent = text; };

        function showErrors(errors) {
            marked.forEach(id => {
                const message = document.getElementById(`${id}-error`);
                if (message) {
                    message.textContent = "";
                }
                document.getElementById(id)?.removeAttribute("aria-invalid");
            });
            marked = [];
            (errors ?? []).forEach(error => {
                const id = error.field.replace(/[.[\]]/g, "_");
                const message = document.getElementById(`${id}-error`);
                if (message) {
                    message.textContent = error.message;
                }
                document.getElementById(id)?.setAttribute("aria-invalid", "true");
                marked.push(id);
            });
        }

        // The draft now exists: every later post (autosave, Save, Send) must name it.
        function pointAt(draftUrl) {
            const path = new URL(draftUrl, window.location.href).pathname;
            url = `${path}?handler=Autosave`;
            form.action = path;
            form.querySelectorAll("[formaction]").forEach(button => {
                const target = new URL(button.formAction, window.location.href);
                button.setAttribute("formaction", path + target.search);
            });
            window.history.replaceState(null, "", path);
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
                    saved = sending;
                    version.value = data.version;
                    if (data.id && data.url && !window.location.pathname.endsWith(`/${data.id}`)) {
                        pointAt(data.url);
                    }
                    showErrors(data.errors);
                    const parts = [];
                    if (data.savedAt) {
                        parts.push(form.dataset.savedText.replace("{0}", timeFormat.format(new Date(data.savedAt))));
                    }
                    if (data.errors && data.errors.length > 0) {
                        parts.push(form.dataset.refusedText.replace("{0}", data.errors.length));
                    }
                    say(parts.join(" "));
                } else {
                    stopped = true;
                    if (response.status === 409 && data.version !== undefined) {
                        version.value = data.version;
                    }
                    say(data.message ?? form.dataset.failedText);
                }
            } catch {
                say(form.dataset.failedText);
            } finally {
                inFlight = false;
            }
            if (pendingSubmitter !== null) {
                const submitter = pendingSubmitter;
                pendingSubmitter = null;
                stopped = true;
                form.requestSubmit(submitter);
                return;
            }
            if (again) {
                again = false;
                save();
            }
        }

        const schedule = () => {
            clearTimeout(timer);
            timer = setTimeout(save, pauseMs);
        };
        form.addEventListener("input", schedule);
        form.addEventListener("change", schedule);
        form.addEventListener("focusout", event => {
            if (event.target.matches("input, select, textarea")) {
                save();
            }
        });

        // Pressing a button blurs the field and starts an autosave; wait for it (it may create the draft and move
        // the version on), then send the form with the button she pressed.
        form.addEventListener("submit", event => {
            clearTimeout(timer);
            if (inFlight) {
                event.preventDefault();
                pendingSubmitter = event.submitter ?? form.querySelector("button[type=submit]");
                return;
            }
            stopped = true;
        });
    }

    document.querySelectorAll("form[data-autosave-url]").forEach(setUp);
})();
