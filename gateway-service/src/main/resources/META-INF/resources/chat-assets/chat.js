// The guest web chat (no build step, no dependencies). Protocol: gateway-service/README.md, "Web chat".
(() => {
    "use strict";

    const body = document.body;
    const hotelId = body.dataset.hotelId;
    const store = "hotel-agent:webchat:" + hotelId + ":";
    const MAX_VOICE_MS = 60000;
    const MAX_TRANSCRIPT = 200;
    const list = document.querySelector("[data-testid=messages]");
    const input = document.querySelector("[data-testid=message-input]");
    const form = document.querySelector("[data-testid=composer]");
    const mic = document.querySelector("[data-testid=mic-button]");
    const status = document.querySelector("[data-testid=connection-status]");
    const notice = document.querySelector("[data-testid=notice]");

    let socket = null;
    let attempt = 0;
    let stopped = false;
    let recorder = null;
    const outbox = new Map(); // clientMessageId -> frame, until the gateway acknowledges it

    const load = (key, fallback) => {
        try {
            const value = localStorage.getItem(store + key);
            return value === null ? fallback : JSON.parse(value);
        } catch (e) {
            return fallback;
        }
    };
    const save = (key, value) => {
        try {
            localStorage.setItem(store + key, JSON.stringify(value));
        } catch (e) {
            // storage full or disabled: the chat still works, it just does not survive a reload
        }
    };

    const newId = () => {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        const b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        const h = Array.from(b, x => x.toString(16).padStart(2, "0")).join("");
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    };

    let transcript = load("transcript", []);
    for (const [id, frame] of Object.entries(load("outbox", {}))) {
        outbox.set(id, frame);
    }

    function setStatus(state, text) {
        status.dataset.state = state;
        status.textContent = text;
    }

    function showNotice(text) {
        notice.textContent = text;
        notice.hidden = !text;
    }

    function remember(entry) {
        transcript.push(entry);
        transcript = transcript.slice(-MAX_TRANSCRIPT);
        save("transcript", transcript);
    }

    function element(tag, attrs, text) {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs || {})) {
            el.setAttribute(k, v);
        }
        if (text !== undefined && text !== null) {
            el.textContent = text;
        }
        return el;
    }

    function scrollDown() {
        list.scrollTop = list.scrollHeight;
    }

    function renderGuest(entry, audioUrl) {
        const item = element("li", {
            "class": "message guest", "data-testid": "message", "data-role": "guest",
            "data-client-message-id": entry.clientMessageId, "data-status": entry.status || "pending"
        });
        if (entry.kind === "voice") {
            if (audioUrl) {
                item.append(element("audio", {"controls": "", "src": audioUrl, "data-testid": "voice-message"}));
            } else {
                item.append(element("p", {"class": "text"}, "🎤 Voice message"));
            }
        } else {
            item.append(element("p", {"class": "text", "data-testid": "message-text"}, entry.text));
        }
        list.append(item);
        scrollDown();
        return item;
    }

    function renderAgent(reply, live) {
        const item = element("li", {
            "class": "message agent", "data-testid": "message", "data-role": "agent",
            "data-reply-id": String(reply.replyId)
        });
        if (reply.voice && reply.voice.url) {
            item.append(element("audio", {"controls": "", "src": reply.voice.url, "data-testid": "voice-reply"}));
        }
        if (reply.text) {
            item.append(element("p", {"class": "text", "data-testid": "message-text"}, reply.text));
        }
        const choices = element("div", {"class": "choices"});
        for (const button of reply.buttons || []) {
            choices.append(choiceButton("reply-button", "button", button.id, button.title, null, live));
        }
        if (reply.list && reply.list.sections) {
            const menu = element("div", {"class": "list", "data-testid": "reply-list"});
            if (reply.list.buttonLabel) {
                menu.append(element("p", {"class": "list-label"}, reply.list.buttonLabel));
            }
            for (const section of reply.list.sections) {
                if (section.title) {
                    menu.append(element("p", {"class": "list-section"}, section.title));
                }
                for (const row of section.rows || []) {
                    menu.append(choiceButton("list-option", "list", row.id, row.title, row.description, live));
                }
            }
            choices.append(menu);
        }
        if (choices.childElementCount > 0) {
            item.append(choices);
        }
        list.append(item);
        scrollDown();
    }

    function choiceButton(testId, kind, id, title, description, live) {
        const button = element("button", {
            "type": "button", "class": "choice " + kind, "data-testid": testId, "data-choice-id": id
        }, title);
        if (description) {
            button.append(element("small", {}, description));
        }
        button.disabled = !live;
        button.addEventListener("click", () => {
            button.closest(".choices").querySelectorAll("button").forEach(b => { b.disabled = true; });
            sendFrame({type: "choice", kind, id, title, description: description || undefined}, {kind: "text", text: title});
        });
        return button;
    }

    function sendFrame(frame, shown, audioUrl) {
        frame.clientMessageId = newId();
        const entry = {role: "guest", clientMessageId: frame.clientMessageId, kind: shown.kind, text: shown.text};
        renderGuest(entry, audioUrl);
        remember(entry);
        outbox.set(frame.clientMessageId, frame);
        persistOutbox();
        transmit(frame);
    }

    function persistOutbox() {
        // voice frames are too big for localStorage: they are retried while the page lives
        const small = {};
        for (const [id, frame] of outbox) {
            if (frame.type !== "voice") {
                small[id] = frame;
            }
        }
        save("outbox", small);
    }

    function transmit(frame) {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify(frame));
        }
    }

    function markGuest(clientMessageId, state) {
        const item = list.querySelector(`[data-client-message-id="${CSS.escape(clientMessageId)}"]`);
        if (item) {
            item.dataset.status = state;
        }
        const entry = transcript.find(e => e.clientMessageId === clientMessageId);
        if (entry) {
            entry.status = state;
            save("transcript", transcript);
        }
    }

    function onFrame(frame) {
        switch (frame.type) {
            case "session":
                if (load("session", null) !== frame.sessionId) {
                    save("session", frame.sessionId);
                    save("lastReplyId", 0);
                }
                for (const pending of outbox.values()) {
                    transmit(pending);
                }
                break;
            case "ack":
                outbox.delete(frame.clientMessageId);
                persistOutbox();
                markGuest(frame.clientMessageId, "sent");
                break;
            case "error":
                showNotice(frame.reason);
                if (frame.clientMessageId && !frame.retryable) {
                    outbox.delete(frame.clientMessageId);
                    persistOutbox();
                    markGuest(frame.clientMessageId, "failed");
                } else if (frame.clientMessageId) {
                    setTimeout(() => {
                        const pending = outbox.get(frame.clientMessageId);
                        if (pending) {
                            transmit(pending);
                        }
                    }, 3000);
                }
                break;
            case "reply":
                if (frame.replyId > load("lastReplyId", 0)) {
                    save("lastReplyId", frame.replyId);
                    remember({role: "agent", reply: withoutVoiceData(frame)});
                    renderAgent(frame, true);
                }
                break;
            default:
                break;
        }
    }

    // A voice reply's data URL can be large: the transcript keeps the reply without it.
    function withoutVoiceData(reply) {
        return reply.voice ? {...reply, voice: null, text: reply.text} : reply;
    }

    function connect() {
        const scheme = location.protocol === "https:" ? "wss:" : "ws:";
        const params = new URLSearchParams({after: String(load("lastReplyId", 0)), locale: navigator.language || ""});
        const session = load("session", null);
        if (session) {
            params.set("session", session);
        }
        setStatus("connecting", "Connecting…");
        socket = new WebSocket(`${scheme}//${location.host}/webchat/${encodeURIComponent(hotelId)}?${params}`);
        socket.addEventListener("open", () => {
            attempt = 0;
            setStatus("open", "Online");
            showNotice("");
        });
        socket.addEventListener("message", event => {
            try {
                onFrame(JSON.parse(event.data));
            } catch (e) {
                console.warn("unreadable frame", e);
            }
        });
        socket.addEventListener("close", event => {
            if (event.code === 4404) {
                stopped = true;
                setStatus("closed", "This hotel has no web chat");
                return;
            }
            const delay = Math.min(30000, 1000 * 2 ** attempt) * (0.75 + Math.random() / 2);
            attempt++;
            setStatus("reconnecting", "Reconnecting…");
            if (!stopped) {
                setTimeout(connect, delay);
            }
        });
    }

    function blobToBase64(blob) {
        return new Promise((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result).split(",", 2)[1] || "");
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(blob);
        });
    }

    function recordingType() {
        const preferred = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];
        return preferred.find(t => window.MediaRecorder && MediaRecorder.isTypeSupported(t)) || "";
    }

    async function toggleRecording() {
        if (recorder) {
            recorder.stop();
            return;
        }
        if (!navigator.mediaDevices || !window.MediaRecorder) {
            showNotice("This browser cannot record audio.");
            return;
        }
        let stream;
        try {
            stream = await navigator.mediaDevices.getUserMedia({audio: true});
        } catch (e) {
            showNotice("The microphone is not available: " + e.message);
            return;
        }
        const type = recordingType();
        const chunks = [];
        const started = Date.now();
        recorder = type ? new MediaRecorder(stream, {mimeType: type}) : new MediaRecorder(stream);
        recorder.addEventListener("dataavailable", e => { if (e.data.size > 0) chunks.push(e.data); });
        recorder.addEventListener("stop", async () => {
            stream.getTracks().forEach(t => t.stop());
            clearTimeout(limit);
            const mimeType = (recorder.mimeType || type || "audio/webm").replace(/\s/g, "");
            recorder = null;
            mic.dataset.recording = "false";
            const blob = new Blob(chunks, {type: mimeType});
            if (blob.size === 0) {
                return;
            }
            const data = await blobToBase64(blob);
            const durationMillis = Math.min(Date.now() - started, MAX_VOICE_MS);
            sendFrame({type: "voice", mimeType, durationMillis, data}, {kind: "voice"}, URL.createObjectURL(blob));
        });
        const limit = setTimeout(() => recorder && recorder.stop(), MAX_VOICE_MS - 200);
        recorder.start();
        mic.dataset.recording = "true";
    }

    form.addEventListener("submit", event => {
        event.preventDefault();
        const text = input.value.trim();
        if (!text) {
            return;
        }
        input.value = "";
        sendFrame({type: "text", text}, {kind: "text", text});
    });
    mic.addEventListener("click", toggleRecording);
    mic.dataset.recording = "false";

    for (const entry of transcript) {
        if (entry.role === "agent") {
            renderAgent(entry.reply, false);
        } else {
            renderGuest(entry);
        }
    }
    connect();
})();
