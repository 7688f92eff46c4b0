import Foundation

/// The languages salesctl speaks to people. What scripts read (codes such as `[yaml-syntax]`,
/// ids, JSON keys and values, CSV/TSV headers) is never translated.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case en, ja

    /// The language messages are written in, English unless a task scopes another: salesctl
    /// runs each command in `Language.$scoped.withValue(…)` (`SALESCTL_LANG`, else
    /// salesctl.yaml's `language`), tests likewise. No global state: SalesKit never reads the
    /// environment, and runs in one process (tests in parallel) each keep their own.
    @TaskLocal public static var scoped: Language?

    public static var current: Language { scoped ?? .en }
}

/// Every message salesctl writes for people, by id, in English and Japanese: one Swift table.
///
/// Why a Swift table and not resources (.strings/.xcstrings in a bundle): the binary stays one
/// file with nothing to find at run time on Linux (Bundle.module needs the resource directory
/// beside the executable), a mistyped id is a compile error (the ids are an enum), and a test
/// (`CatalogueTests`) fails when a message lacks a language or the languages disagree on the
/// placeholders `{0}`, `{1}`, …. Arguments are inserted already quoted and escaped.
///
/// The cases are declared here, grouped by area; each area's texts are in a `Messages*.swift`
/// file beside this one, merged into `table`. docs/JAPANESE.md lists what is still English.
public enum Message: String, CaseIterable, Sendable {
    // SalesError's own cases and their hints
    case noStore, noStoreHint, storeExists, noDeal, didYouMean, dealExists, invalidID, ioError, lockTimeout,
        aborted, noMatch, knownNames, ambiguousName, couldBe, unknownEntry, unknownEntryGuess, validEntries,
        validEntriesInStage, moreNames
    case listStage, listStep, listKind, listSignal, listIndicator, listReason
    // Timeline events (deal show, feed) and the success lines of the write commands (MessagesTimeline)
    case eventCreated, eventStage, eventBack, eventBackReason, eventForced, eventMissing, eventStatus, eventReason,
        eventChecked, eventUnchecked, eventQuality, eventHomeworkDone, eventPersonAdded, eventPersonRemoved,
        eventPerson, eventReportsTo, eventRemoved, eventMemberAdded, eventMemberRemoved, eventDays,
        eventNext, eventNextDue, eventNextDone
    case feedHomeworkDone, feedHomeworkDue, feedNotDone, feedNext, feedLogged, feedCommitted
    case fieldTitle, fieldCustomer, fieldOwner, fieldAmount, fieldCurrency, fieldExpectedClose, fieldSource,
        fieldRole, fieldStance, fieldDepartment, fieldPersonTitle
    case statusOpen, statusWon, statusLost, statusDropped, statusOnHold
    case stanceSupporter, stanceCooperative, stanceNeutral, stanceUncooperative, stanceOpposed
    case doneStage, doneBack, doneWon, doneLost, doneDropped, doneOnHold, doneReopened, doneOther,
        doneQuality, doneHomework, doneInit, doneExport, doneImport, doneImportDry
    // stale list --suggest (MessagesStale)
    case sugHomework, sugHomeworkFor, sugHomeworkWhy, sugNext, sugNextWhy, sugQuality, sugQualityWhy, sugFirst,
        sugFirstWhy, sugMap, sugMapWhy, sugFindD, sugFindDWhy, sugMeetD, sugMeetDWhy, sugRoute, sugRouteWhy,
        sugHigher, sugHigherThan, sugHigherWhy, sugCall, sugCallStep, sugPerson, sugCustomer, sugCallWhy, sugAgree,
        sugAgreeWhy, sugLine
    // Table headings and the words in their cells (MessagesTables)
    case colMember, colDue, colLate, colDeal, colKind, colText, colRef
    case colId, colTitle, colCustomer, colOwner, colStage, colStatus, colAmount
    case colCurrency, colExpectedClose, colLastContact, colLastContactWords, colDate, colKindPoints, colAttendeePoints
    case colSignalPoints, colPoints, colReport, colCur, colDeals, colWeighted, colGiven
    case colFor, colAge, colClosed, colReason, colDays, colContacts, colAvgDays
    case colRole, colStance, colName, colDepartment, colReportsTo, colContact, colLastMet
    case colIndicator, colValue, colStanding, colBy, colNote, colScore, colMin
    case colUnanswered, colOverdue, colWorsened, colNext, colAuthor, colAttendees, colPath
    case colLogged, colThreshold, colEnergy, colTrend, colQuality, colHomework, colSuggestion
    case colClose, colProb, colEvidence, colTotal, colPeople, colTitles, colDepts
    case colKeyPersons, colRoute, colWeeks, colGap, colMonth, colQuarter, colSource
    case wordOpen, wordOverdueDays, wordDone, wordUnanswered, wordGood, wordBad, wordUnknown
    case wordRising, wordFalling, wordFlat, wordNever, wordOverdue, wordTotal, wordNoContact
    case wordOverdueCount, wordNoOwner, wordYes, wordNo, wordReopened, colWon, colWonAmount
    case colWonWeightedTarget, colFourWeeks, colPrevFourWeeks, colAchieved, colApprovalRoute, colChange, colChanges,
        colKeyPersonsMet, colNextAction, colOpen, colPeriod, colRep, colSuggestions, colTarget, colWeek, colWorse
    // Warnings, notes and hints (MessagesWarnings)
    case warnSkipped, warnLeftOut, hintSkipped, warnNoAuthor, warnSeparator, separatorHelp, whoAttendee, whoKeyPerson,
        whoAssignee, noteAttendeePrefix, warnAttendeeAmbiguous, warnAttendeeUnknown, warnDealUnreadable,
        hintDealUnreadable, warnOrphan, warnNoMergeDriver, warnAttributes
    // check's findings (MessagesCheck)
    case chkHistory, chkBadName, chkDefinedTwice, chkStepTwice, chkIDMismatch, chkUnknownStage, chkUnknownChecked,
        chkPersonTwice, chkUnknownMissing, chkBadStatus, chkUnknownReason, chkUnknownStep, chkUnknownIndicator,
        chkBadQuality, chkNoRef, chkBadRef, chkNoReport, chkNoItem, chkUnknownDeal, chkUnknownKind, chkUnknownSignal,
        chkDateMismatch, chkDealMismatch, chkBelongs, chkFuture
    // The texts of the errors the actions throw (MessagesErrors)
    case errStepNotChecked, errStepChecked, errForceNeedsReason, errOnHoldReopen, errClosedCannotAdvance,
        errStageNotInConfig, errLastStage, errAlreadyInStage, errMissingStep, errMissingSteps, errNeedsReasonCode,
        errReasonNotHere, errAlreadyStatus, errReopenFirst, errOpenPostSale, errWonPostSale
    case errUnknownRole, errUnknownStance, errUnknownAuthority, errUnknownInformation, errPersonNeedsName,
        errPersonExists, errNothingToChangeFields, errPersonUnchanged, errFlowList, errNoPerson, errAddPersonHint,
        errNotBlockMapping, errReportsToSelf, errPersonNoName, errPersonTooMany, errPersonTwice
    case errNothingToChange, errDealUnchanged, errAlreadyMember, errMember, errMustNotBeEmpty, errNotWholeAmount,
        errNegativeAmount, errBadCloseDate, errBadCurrency, errUnknownStatus
    case errNextNeedsText, errNextClosed, errNoNextAction, errNextDueNeedsText
    case errHomeworkBeforeReport, errNoReport, errReportAmbiguous, errBadHomeworkRef, errHomeworkNoReport,
        errHomeworkNoItem, errHomeworkDone, errDoneBeforeGiven, errAttendeeForm, errHomeworkForm, errHomeworkDue,
        errBadQualityValue
    case errBadDateFor, errAfterToday, errWhatDate, errWhatReportDate, errStdinTooLarge, errControlCharacter
    case errWhatDoneDate
    // The command line's own errors (MessagesUsage)
    case argUnknownOptionGuess, argUnknownOption, argMissingArgument, argUnexpected, argUnexpectedMany, argMissingValue,
        argInvalidOneOf, argInvalidList, argInvalidValue, argInvalid
    // The lines swift-argument-parser writes after its error, and the last line of a group's help
    case useHelpLine, useUsageLine, useSeeHelp, useSeeSubcommandHelp
    case useUnknownCommand, useUnknownCommandGuess, useCommands, useNeedsDirectory, useNotWholeNumber,
        useBadEnvironment, useBadEnvironmentDate, useBetween, useNotNegative, useAtLeast, useAfter, useActivityNoBy,
        useQuarterNotMonth,
        useBadPeriod, useUnknownEncoding, useBadRows, impDeals, impReports, impAlready, impBadRows, useSkipped,
        useNothingToChange, useEitherOr, useNeedsOption,
        useReportNeedsKind, useNotUTF8, useDraftKept1, useDraftsKept, useDraftNoFrontMatter, useEmptyReport,
        useEmptyReportKept,
        useDraftKept, useEditorFailed, useDraftHelp, useFileExists, useIsDirectory, useGitConflict, useForeignHook,
        useGitConfigFailed, useNoGit,
        useNotInGit
    // Findings from reading a file, looked up by their English text (MessagesFindings, FindingText)
    case fndMapping, fndText, fndMissing, fndInteger, fndDate, fndBoolean, fndList, fndItems, fndWonAt, fndBadValue,
        fndStepNoDone, fndHistoryText, fndNoStages, fndTargetPeriod, fndTargetNegative, fndDealMapping, fndBadFileName,
        fndConflict, fndReportFence, fndReportEmpty, fndReportUTF8, fndReportControl, fndUnknownFieldReport,
        fndUnknownField, fndFuture, fndHomeworkBefore, fndFileSize, fndUTF8Byte, fndParser, fndDocuments, fndAlias,
        fndAnchor, fndTag, fndValueLong, fndControl, fndKey, fndDepth, fndDuplicate, synStartedAt, synIn
    case hintConflictResolve, hintConflictDriver, nameAuthor, nameMemberOf
    case fwScalar, fwList, fwMapping, fwDealFile, fwDeal, fwReport, fwFrontMatter, fwTheFrontMatter, fwAttendee,
        fwAttendeeBare, fwHomeworkItem, fwHomework, fwKeyPerson, fwKeyPersonBare, fwChecklist, fwChecklistStep,
        fwChecklistStepNamed, fwHistoryEvent, fwHistoryEventBare, fwStage, fwKind, fwSignal, fwIndicator, fwReason,
        fwTarget, fwTargetBare, fwTitleRank, fwStageRule, fwImportMap, fwIDEmpty, fwIDLong, fwIDStart, fwIDChars
    case yamlNoKey, yamlNoColon, yamlNoDash, yamlNoNode, yamlNoBracket, yamlNoBrace, yamlBadToken, yamlMappingValues,
        yamlSequenceEntries, yamlEndOfStream, yamlEscape, yamlTab, yamlTabIndent, yamlDocumentIndicator,
        yamlNoLineBreak, yamlControl, yamlBlockMapping, yamlBlockCollection, yamlBlockNode, yamlFlowSequence,
        yamlFlowMapping, yamlFlowNode, yamlSimpleKey, yamlNextToken, yamlQuotedScalar, yamlParsingQuoted,
        yamlPlainScalar, yamlBlockScalar, yamlParsingNode
    case yamlDirectiveName, yamlURIEscape, yamlNoBang, yamlNoDocumentStart, yamlNoStreamStart, yamlAlphanumeric,
        yamlDigitOrDot, yamlHexNumber, yamlTagURI, yamlVersionNumber, yamlWhitespace, yamlWhitespaceOrBreak,
        yamlNoAngle, yamlLeadingOctet, yamlTrailingOctet, yamlIndentZero, yamlDuplicateTag, yamlDuplicateYAML,
        yamlLongVersion, yamlIncompatible, yamlUnicodeEscape, yamlUndefinedHandle, yamlUnexpectedColon,
        yamlNonAlphabetical, yamlUnknownDirective, yamlUTF16Character, yamlUTF16Pair, yamlUTF8Sequence,
        yamlInputError, yamlTooLong, yamlInvalidCharacter, yamlInvalidLeading, yamlInvalidLength,
        yamlInvalidTrailing, yamlMappingKeys, yamlLowSurrogate, yamlUndefinedAlias, yamlSyntaxError,
        yamlParsingTagDirective, yamlParsingTag, yamlParsingTagDirectiveBare, yamlScanningTagDirective,
        yamlScanningYAMLDirective, yamlScanningDirective, yamlScanningTag, yamlScanningTagDirectiveBare,
        yamlScanningAlias, yamlScanningAnchor
    // The weekly views (MessagesWeek)
    case pcNew, pcAdvanced, pcBackward, pcWon, pcLost, pcDropped, pcReopened, pcOnHold, pcAmountUp, pcAmountDown,
        pcCloseSlipped, pcClosePulledIn, nextNone, nextOverdue, nextOpen, nextMissingLong, wordDaysShort, wordNone,
        wordUnknownMark, wordRouteCovered, wordRouteNoDA, wordRouteMissing, wordTotalIn, wordWonPlus
    case rcOpenPerStage, rcForecastPerMonth, rcPerChange, rcNeedAction, rcStale, rcNextAction, rcHomework, rcEnergy,
        rcQuality, rcLost, rcActivity
    case colLost, colLostAmount, colWinRate, colWinRateAmount, colDaysToWin, colAvgWon, colGapToTarget, colOpenAmount
    // The power map (MessagesPowerMap)
    case pmNoDecisionMaker, pmNeverMetD, pmNeverMetA, pmOpposedApprover, pmWeakOnlyOne, pmWeakAll, pmTheirBoss,
        pmTheirBossNamed, pmNotMet, pmQuadrantOne, pmQuadrantTwo, pmQuadrantThree, pmQuadrantFour, pmAdviceOne,
        pmAdviceTwo, pmAdviceThree, pmAdviceFour, pmNoPersons, pmWarnings, pmTitle, pmLastMet, pmNeverMet,
        pmNotKeyPerson
    // The detail views (MessagesDetail)
    case dsCustomer, dsOwner, dsMembers, dsStage, dsStatus, dsAmount, dsCreated, dsExpected, dsSource, dsNext,
        dsNextDue, dsNextDueFor, dsKeyPersons, dsNoPersons, dsChecklist, dsTimeline, dsNothingYet, dsReportNext
    case enNoReports, enCumulative, enCumulativeText, enBreadth, enBreadthText, enNoKeyPersons, enKeyPersonsMet,
        enNotMet, enRoute, enRouteCovered, enRouteUnknown, enRouteMissing, enContinuity, enContinuityText, enGapDays,
        enTrend, enTrendText, enReports, enTotal, enNoTitle, qsScore, qsNoJudgements, qsChanges
    case csSummary, csAmounts, csPeopleMet, csNoneYet, csOpenHomework, csNone
    // Sparse checkouts
    // The weekly review (ReviewStrings): page, section titles, captions and notes.
    case reviewTitle, reviewWindow, reviewOwner, reviewAllOwners, reviewNoData
    case reviewPipeline, reviewForecast, reviewMovement, reviewAttention, reviewEnergy, reviewQuality, reviewLost,
        reviewActivity
    case reviewStale, reviewNextActions, reviewHomework, reviewEnergyTrend, reviewFalls, reviewLostReasons,
        reviewPerWeek,
        reviewPeriods, reviewMovedDeals
    case reviewPipelineNote, reviewForecastNote, reviewMovementNote, reviewActivityNote, reviewMore,
        reviewFirstOf
    case hiddenReports, reviewSparkTitle
    // git setup and the merge driver (MessagesGit)
    case gitSetConfig, gitSetConfigWas, gitAttributes, gitHookInstalled, gitHookUpdated, gitNothing, gitNothingHook
    case mrgLineByLine, mrgNoFit, mrgConflictOne, mrgConflictMany, mrgMore, mrgTopOfFile
    // import's findings (MessagesImport)
    case impTooManyCells, impTooManyRecords, impCellTooLong, impUnclosedQuote, impNoHeader, impBadHeader,
        impMapColumnMissing, impNoColumn, impOr, impControl, impCellCount, impNotUTF8OrSJIS, impInvalidByte
    case impNoRecordID, impRecordTwice, impNotDate, impDateAfterToday, impColumnAfterToday, impNoTitle, impNoCustomer,
        impUnknownStatus, impUnknownStage, impNotAmount, impAmbiguousDeal, impNoDeal, impNoDate, impTypeNotKind,
        impUnknownType, impTextTooLong
    case impUnknownSection, impUnknownSectionGuess, impMapText, impNotAField, impMapStatus, impStageRuleKey, impIDPrefix
    // Why a file could not be read or written, and the system's words (MessagesIO)
    case iorSymlinkRead, iorSymlinkWrite, iorNotRegular, iorExists, iorTemporary, iorWrite, iorSync, iorReplace,
        iorDirectory, iorFreeName, iorReadBack, iorOpenLock, iorLock, iorIconv, iorDatabase, iorChangeDirectory,
        iorExecutable, iorStandardInput
    case errnoNoEntry, errnoPermission, errnoNotPermitted, errnoExists, errnoNotDirectory, errnoIsDirectory,
        errnoNoSpace, errnoQuota, errnoReadOnly, errnoLoop, errnoNameTooLong, errnoIO, errnoTooManyFiles, errnoBusy,
        errnoAgain, errnoNotEmpty, errnoCrossDevice, errnoStale, errnoSQLiteOpen, errnoSQLiteLocked, errnoSQLiteIO,
        errnoSQLiteFull, errnoSQLiteReadOnly, errnoSQLiteClosed

    static let table: [Message: [Language: String]] = [
        coreTable, timelineTable, staleTable, tableTable, warningTable, checkTable, actionErrorTable, usageTable,
        findingTable, powerMapTable, detailTable, weekTable, gitTable,
        importTable, ioTable
    ]
    .reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }

    /// The message in `language` (default: the current one), `{n}` replaced by `arguments[n]`,
    /// `{sn}` by an English plural "s" unless `arguments[n]` is 1.
    public func text(_ arguments: String..., in language: Language = .current) -> String {
        text(arguments, in: language)
    }

    /// `text(_:in:)` with the arguments as an array.
    public func text(_ arguments: [String], in language: Language = .current) -> String {
        Message.fill(Message.table[self]?[language] ?? Message.table[self]?[.en] ?? rawValue, arguments)
    }

    /// `template` with its placeholders filled in one pass over its bytes: an argument is
    /// inserted as it is, never searched for placeholders itself (a customer named `{0}` stays
    /// `{0}`). A placeholder without its argument stays as written. `stale list` fills a few
    /// messages per stale deal; Foundation's `replacingOccurrences` was a quarter of its time.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        let bytes = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let (plural, index, end) = placeholder(bytes, at: i),
                index < arguments.count
            {
                let argument = arguments[index]
                if !plural, out.last == UInt8(ascii: " "), argument.unicodeScalars.first.map(isJapanese) == true,
                    endsInKana(out.dropLast())
                {
                    out.removeLast()  // が 良 → が良: after a particle, a Japanese word follows without a space
                }
                if plural {
                    if argument != "1" && argument != "-1" { out.append(UInt8(ascii: "s")) }
                } else {
                    out.append(contentsOf: argument.utf8)
                }
                i = end
                if !plural, spaceBeforeParticle(bytes, at: i), argument.unicodeScalars.last.map(isJapanese) == true {
                    i += 1  // 件名 は → 件名は: a particle follows its noun without a space (after ASCII it keeps one)
                }
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `bytes` has, at `index`, a space and then a Japanese particle (は, が, を, に, の,
    /// で, と, も, へ, か, まで, より): the space a template puts after a placeholder for an
    /// argument in ASCII (`商談 'x' は`), dropped after a Japanese word (`件名は`).
    private static func spaceBeforeParticle(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 3 < bytes.count, bytes[index] == UInt8(ascii: " ") else { return false }
        let next = String(decoding: bytes[(index + 1)..<min(bytes.count, index + 7)], as: UTF8.self)
        return particles.contains { next.hasPrefix($0) }
    }

    private static let particles = ["は", "が", "を", "に", "の", "で", "と", "も", "へ", "か", "まで", "より"]

    /// Whether `bytes` (UTF-8) end in hiragana: a particle, before a space and a placeholder.
    private static func endsInKana(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        let last = String(decoding: bytes.suffix(3), as: UTF8.self).unicodeScalars
        return last.count == 1 && (0x3041...0x309F).contains(last.first!.value)
    }

    /// Kana, kanji and the long-vowel mark: the letters of a Japanese word.
    private static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x3005: true
        default: false
        }
    }

    /// `{n}` or `{sn}` at `start`: whether it is the plural form, n, and the index after `}`.
    private static func placeholder(_ bytes: [UInt8], at start: Int) -> (Bool, Int, Int)? {
        var i = start + 1
        let plural = i < bytes.count && bytes[i] == UInt8(ascii: "s")
        if plural { i += 1 }
        var index = 0
        let digits = i
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]), i - digits < 3 {
            index = index * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i > digits, i < bytes.count, bytes[i] == UInt8(ascii: "}") else { return nil }
        return (plural, index, i + 1)
    }
}

extension Language {
    /// What scripts read (JSON, CSV, TSV) is the same in every language: `body` runs in English
    /// when `data` is true, in the current language otherwise.
    public static func english<T>(if data: Bool, _ body: () throws -> T) rethrows -> T {
        data ? try $scoped.withValue(.en, operation: body) : try body()
    }
}

extension ConfigList {
    /// The list's name for people, in the current language.
    var word: String {
        switch self {
        case .stage: Message.listStage.text()
        case .step: Message.listStep.text()
        case .kind: Message.listKind.text()
        case .signal: Message.listSignal.text()
        case .indicator: Message.listIndicator.text()
        case .reason: Message.listReason.text()
        }
    }
}
