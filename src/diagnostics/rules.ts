/** Every rule id datascan reports, with a one-line description (README and SARIF use these). */
export const RULES = {
  'file-not-found':
    'A file to be read does not exist. It is one a test file names in `files`, one that went away while it was being read, or one a library caller gave. (A path given on the command line that does not exist is a usage error, exit 2; a model file that does not exist is an `unresolved-reference` at the questionnaire’s `model`.)',
  'file-unreadable': 'A file cannot be read (no permission, a folder where a file is expected, …).',
  'file-too-large':
    'The file is larger than any file datascan reads should be (5 MB, 100 MB for CSV and workbooks, 50 MB for a workbook unzipped), or has more than 200,000 keys, values and list items.',
  'not-text': 'The file is binary or not UTF-8 text, or an `.xlsx` file is not a workbook that can be read.',
  'not-utf8':
    'A CSV answer file is not UTF-8: it is read as Windows-1252, as Excel saves CSV on Windows (a warning; a YAML or JSON file that is not UTF-8 is `not-text`).',
  'empty-file': 'The file is empty.',
  'yaml-syntax': 'The YAML (or JSON) cannot be parsed.',
  'json-syntax':
    'A `.json` file is not JSON (YAML such as trailing commas or comments, which other tools would not read).',
  'duplicate-key': 'A mapping has the same key twice.',
  'yaml-alias-bomb':
    'The file expands too many aliases (more than 200,000 values with every alias written out), or an alias stands inside the list or mapping it names (the value would contain itself).',
  'too-deep': 'The file is nested too deeply.',
  'unknown-kind': 'The file is neither a questionnaire, a model file nor an answer file.',
  'unknown-key': 'A key that the schema does not know (often a typo).',
  'missing-key': 'A required key is missing.',
  'wrong-type':
    'A value has the wrong type, such as a YAML 1.1 type (`!!omap`, `!!set`, `!!binary`, a timestamp) that no datascan file holds.',
  'invalid-value': 'A value is out of range or badly formed.',
  'invalid-key': 'A map key is not a valid identifier, or is a list or mapping instead of a text.',
  schema: 'Another schema violation.',
  'question-link': 'A question must link to exactly one subdimension (or a dimension without subdimensions).',
  'duplicate-id': 'Two levels, scales or questions share an id, or two dimensions, subdimensions and groups do.',
  'duplicate-option-value': 'Two options of a scale have the same value.',
  'level-order': 'Level `min` values must rise strictly.',
  'unresolved-reference': 'A reference (scale, dimension, subdimension, group, level, model file) does not resolve.',
  'reference-outside':
    'A file named inside another (a model file, a questionnaire) lies outside the naming file’s folder and the working folder, and is not a questionnaire one named: it is not read.',
  'invalid-model': 'The model file named by `model` is not a valid model file.',
  'question-options':
    "A question's own options must have its scale's values, and may add only options below the legal floor (`belowLegalFloor`) valued under the scale's lowest.",
  'empty-dimension': 'A dimension, subdimension or group has no questions.',
  'group-placement':
    'A dimension with subdimensions has `groups`: groups belong to the unit its questions link to, a subdimension or a dimension without subdimensions.',
  'question-group': 'A question of a unit that has groups names none in `group`.',
  'reserved-id':
    'A level has the id `none`, which `nextSteps` keeps for the steps below the first level, or a question has the id `same` or `dropped`, which `migrations` keep for what becomes of an answer.',
  'migration-chain':
    'The `migrations` do not form one chain per earlier version to this one: two steps from one version, a step from this version or a later one, a step whose `to` is not later than its `from`, a step whose `to` is neither this version nor another step’s `from`, or a loop.',
  'migration-collision':
    'A migration step renames two questions to one id, or renames one onto an id it keeps `same` or lists as `added`: one answer would push another aside.',
  'migration-unknown-id':
    'A questionnaire’s migration leads to an id that is not a question now: a rename target, an `added` id or an id kept `same` (after the later steps).',
  'gated-level-min':
    'A questionnaire with gated units (`rollup: {questions: gated}`) must give its levels the `min`s 1, 2, 3, … (their ranks), so that score and level agree.',
  'gated-question-level': 'A question of a gated unit has no `level`: it belongs to no level’s bar.',
  'gated-key-unused':
    '`scoring.gate`, or a question’s `level` or `step`, in a questionnaire without gated units: they do nothing there.',
  'missing-next-steps':
    'A level below the top has no next steps for a scored (sub)dimension, or one that can score below the first level (a question has an option under the first `min`) has none under `none`.',
  'missing-translation': 'A text lacks a language the file declares.',
  'undeclared-language': 'A text has a language the file does not declare.',
  'yaml11-boolean': 'An unquoted yes/no/on/off/y/n in a text, which YAML 1.1 tools read as a boolean.',
  'yaml11-date': 'An unquoted date or date-time in a text (`2026-11-28`), which YAML 1.1 tools read as a date.',
  'unknown-questionnaire': 'The questionnaire an answer file names cannot be found or is invalid.',
  'unknown-question': 'An answer for a question the questionnaire does not have.',
  'invalid-answer': "An answer value that is not an option of the question's scale.",
  'unknown-not-allowed': "`unknown` where the question's scale does not allow it.",
  'not-applicable-not-allowed':
    "`not-applicable` where the question does not allow it (its own `notApplicable`, else its scale's).",
  'unknown-target': 'A target for an id that is not a dimension or subdimension.',
  'invalid-target': 'A target that is not a level of the questionnaire (by rank or by id).',
  'version-mismatch':
    'Answers given to another version of the questionnaire, with no `migrations` path from that version to this one.',
  'answers-in-progress':
    'An answer file whose interview or form is not finished (`session.status: in-progress`), with how many of its questions are answered: its answers count, unless `score --complete-only` leaves it out.',
  'likely-duplicate':
    'Two answer sets scored together (`--aggregate`, or one organisation with `--group-by organisation`) with the same respondent name and the same answers: a file copied under another name, a row exported twice. Both count, unless `score --drop-duplicates` keeps the first.',
  'consensus-in-group':
    'A consensus file (`basis: consensus`) scored together with other answer sets (`score --aggregate`, one organisation with `--group-by organisation`, one side of `compare`): the room counts twice, each person and their agreement. It counts all the same; with `--strict` it is an error, and `score` leaves it out.',
  'consensus-participants':
    'A consensus file whose `participants` is not the number of answer files its `sources` names: the reports would name a room of another size.',
  'no-migration-path':
    '`datascan migrate` of answers given to a version of the questionnaire with no `migrations` path from it to the version asked for.',
  'answers-migrated':
    'Answers given to an earlier version of the questionnaire, carried over along its `migrations`: how many carried over, how many were dropped, how many new questions are open. Information only, also with `--strict`.',
  'csv-syntax':
    'A CSV answer file cannot be read: an unclosed quote, a row with more cells than the header, a column without a name.',
  'csv-duplicate-column':
    'A CSV answer file has the same column twice, or two columns for one question or metadata field (its id and its text, `naam` and `respondent`).',
  'plan-unknown-unit':
    "An action of a plan file names a unit that is not a dimension or subdimension of the plan's questionnaire.",
  'plan-duplicate-id': 'Two actions of a plan file share an id.',
  'plan-due-date': 'An action of a plan file is due on a date that does not exist (`2026-02-30`).',
  'too-many-findings':
    'A file has more than 100 findings: the first 100 are listed, and this one says how many more there are (an error when any of them is).',
} as const satisfies Record<string, string>;

/** A rule id: one of the keys of RULES, so a misspelt rule is a type error. */
export type RuleId = keyof typeof RULES;
