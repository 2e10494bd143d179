/** The store: what other parts of Weegschaal import. */
export { openStore, knownMigrations, storeOptionsFromEnv, DEFAULT_DATABASE_FILE, type Store, type StoreLocation, type StoreOptions, type StoreContext } from './database.js';
export type { Dialect } from './schema.js';
export type { FamilyStatus, FamilySummary, FamilyVersionInfo, StoredFamily, FamiliesRepository } from './families-repository.js';
export type { Entity, Unit, Person, Places, EntitiesRepository, PeopleRepository } from './entities-repository.js';
export type { User, UserRole, Session, SessionWithUser, AccountsRepository, SessionsRepository } from './accounts-repository.js';
export type {
  FubeRecord,
  RevisionRecord,
  FubeWrite,
  WriteOutcome,
  FubeFilter,
  FubeListItem,
  StoredWeighing,
  FubesRepository,
} from './fubes-repository.js';
export type { FubeSummary } from './fube-summary.js';
export type { NewNotification, StoredNotification, OutboxMail, OutboxMessage, NotificationsRepository } from './notifications-repository.js';
export type { NewLetter, StoredLetter, LettersRepository } from './letters-repository.js';
export type { HistoryEntry, NewHistoryEntry, HistoryFilter, HistoryRepository } from './history-repository.js';
export type { SearchQuery, SearchResult, SearchRepository, SearchScope, SearchOrder } from './search/search-repository.js';
export { RANK_LIMIT } from './search/search-repository.js';
export type { CatalogueRepository, ExchangedFube, ExchangeFilters, ImportWrite } from './catalogue-repository.js';
export { importedFubeRow, importedWeighingRow } from './catalogue-repository.js';
export type { Attempts, LoginAttemptsRepository } from './login-attempts-repository.js';
export type { StoredClosingDay, ClosingDayAudit, ClosingDaysRepository } from './closing-days-repository.js';
export type {
  LatestPayRecord,
  NewPayRequest,
  NewReportSnapshot,
  PayFollowUpRepository,
  StoredAssessment,
  StoredFollowUp,
  StoredPayRequest,
  StoredReportSnapshot,
} from './pay-follow-up-repository.js';
export type { HeldFube, NewPayPeriod, PayAudit, PayPeriodCounts, PayRepository, StoredPayPeriod, StoredPayRecord } from './pay-repository.js';
export type { CalibrationRepository, CalibrationRow, StoredJustification } from './calibration-repository.js';
