export const id = 505;
export const ids = [505];
export const modules = {

/***/ 8505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   summarizeAlone: () => (/* binding */ summarizeAlone)
/* harmony export */ });
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5377);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7796);
/* harmony import */ var _summarize_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5452);



/**
 * `kind-audit summarize WORDS`, run without loading the rest of the CLI: the summary of a large
 * log is where memory counts, and the other commands' modules take some 20 MB. `undefined` when
 * the words are not a summary to run (a mistake, `--help`): the whole CLI then answers them, as
 * it would anyway, naming for instance the command a misplaced flag belongs to.
 */
async function summarizeAlone(words, threadScripts) {
    const command = _summarize_command_js__WEBPACK_IMPORTED_MODULE_0__/* .SUMMARIZE_COMMAND */ .g;
    let parsed;
    try {
        parsed = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(command.name, (0,_run_command_js__WEBPACK_IMPORTED_MODULE_2__/* .flagsOf */ .Zo)(command), words, () => []);
        (0,_run_command_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPositionals */ .iJ)(command, parsed.positionals);
    }
    catch {
        return undefined;
    }
    if (parsed.values.help)
        return undefined;
    return (0,_run_command_js__WEBPACK_IMPORTED_MODULE_2__/* .runParsed */ .$6)(command, parsed.values, parsed.positionals, threadScripts);
}


/***/ })

};
