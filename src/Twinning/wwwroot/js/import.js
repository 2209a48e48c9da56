// Import: send chosen files one at a time, each with its own progress bar, so an officer uploading
// several saved pages sees which is being read and which could not be. Without script the form posts
// everything at once and the page lists the outcomes.
(function () {
    const form = document.querySelector("form.import-form");
    if (!form || !window.XMLHttpRequest || !window.FormData) return;
    const files = form.querySelector("input[type=file]");
    const text = form.querySelector("textarea[name=Text]");
    const list = form.querySelector(".import-progress");
    const token = form.querySelector("input[name=__RequestVerificationToken]");

    function line(name) {
        const item = document.createElement("li");
        const label = document.createElement("span");
        label.textContent = name + " ";
        const bar = document.createElement("progress");
        bar.max = 100;
        bar.value = 0;
        const status = document.createElement("span");
        status.className = "status";
        item.append(label, bar, status);
        list.append(item);
        return { item, bar, status };
    }

    function send(file) {
        return new Promise(function (resolve) {
            const row = line(file.name);
            const data = new FormData();
            data.append("Files", file);
            data.append("__RequestVerificationToken", token.value);
            const request = new XMLHttpRequest();
            request.open("POST", form.dataset.fileHandler);
            request.upload.addEventListener("progress", function (e) {
                if (e.lengthComputable) row.bar.value = Math.round(100 * e.loaded / e.total);
            });
            request.upload.addEventListener("load", function () {
                row.bar.removeAttribute("value"); // indeterminate while the server reads the article
                row.status.textContent = list.dataset.reading;
            });
            request.addEventListener("load", function () {
                row.bar.max = 1;
                row.bar.value = 1;
                let answer = null;
                try { answer = JSON.parse(request.responseText); } catch (e) { answer = null; }
                row.status.textContent = "";
                if (request.status === 200 && answer && answer.review) {
                    const link = document.createElement("a");
                    link.href = answer.review;
                    link.textContent = answer.again ? list.dataset.again : list.dataset.review;
                    row.status.append(link);
                } else {
                    row.status.className = "status error";
                    row.status.setAttribute("role", "alert");
                    row.status.textContent = (answer && answer.error) || list.dataset.failed;
                }
                resolve();
            });
            request.addEventListener("error", function () {
                row.status.className = "status error";
                row.status.textContent = list.dataset.failed;
                resolve();
            });
            request.send(data);
        });
    }

    form.addEventListener("submit", async function (e) {
        // Pasted text goes with the ordinary post (it opens its review directly).
        if (!files.files.length || (text && text.value.trim())) return;
        e.preventDefault();
        list.hidden = false;
        list.textContent = "";
        for (const file of Array.from(files.files)) await send(file);
        files.value = "";
    });
})();
