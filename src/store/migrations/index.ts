import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../schema.js';
import type { SearchIndex } from '../search/search-index.js';
import { initial } from './0001-initial.js';
import { search } from './0002-search.js';
import { accounts } from './0003-accounts.js';
import { searchRowid } from './0004-search-rowid.js';
import { searchTags } from './0005-search-tags.js';
import { accountIndexes } from './0006-account-indexes.js';
import { cleanStoredText } from './0007-clean-text.js';
import { loginAttempts } from './0008-login-attempts.js';
import { fubeParties } from './0010-fube-parties.js';
import { listIndexes } from './0011-list-indexes.js';
import { notifications } from './0015-notifications.js';
import { letters } from './0016-letters.js';
import { dropHolderInput } from './0017-drop-holder-input.js';
import { fubeWork } from './0018-fube-work.js';
import { listTitleIndexes } from './0019-list-title-indexes.js';
import { closingDays } from './0017-closing-days.js';
import { searchWords } from './0021-search-words.js';
import { pay } from './0022-pay.js';
import { payFollowUp } from './0023-pay-follow-up.js';
import { calibration } from './0024-calibration.js';
import { referenceVersion } from './0025-reference-version.js';
import { searchPendingList } from './0026-search-pending-list.js';

/**
 * One ordered list of migrations for both databases; where SQL differs, a migration asks
 * the dialect. Names sort in the order they must run; never rename or edit a shipped one.
 */
export function migrationProvider(dialect: Dialect, searchIndex: SearchIndex): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initial(dialect),
    '0002-search': search(dialect),
    '0003-accounts': accounts(),
    '0004-search-rowid': searchRowid(dialect),
    '0005-search-tags': searchTags(searchIndex),
    '0006-account-indexes': accountIndexes(),
    '0007-clean-text': cleanStoredText(dialect, searchIndex),
    '0008-login-attempts': loginAttempts(),
    '0010-fube-parties': fubeParties(dialect, searchIndex),
    '0011-list-indexes': listIndexes(),
    '0015-notifications': notifications(dialect),
    '0016-letters': letters(dialect),
    '0017-drop-holder-input': dropHolderInput(),
    '0018-fube-work': fubeWork(),
    '0019-list-title-indexes': listTitleIndexes(),
    '0017-closing-days': closingDays(),
    '0021-search-words': searchWords(dialect, searchIndex),
    '0022-pay': pay(),
    '0023-pay-follow-up': payFollowUp(dialect),
    '0024-calibration': calibration(),
    '0025-reference-version': referenceVersion(dialect),
    '0026-search-pending-list': searchPendingList(dialect),
  };
  return { getMigrations: async () => migrations };
}
