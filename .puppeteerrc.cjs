// Never download a browser: tests use the system Chromium (CHROME_PATH or /usr/bin/chromium).
module.exports = { skipDownload: true };
