/** Custom fields every JSM site has; their ids are the usual ones on a fresh Cloud site. */
export const REQUEST_TYPE_FIELD = 'customfield_10010';
export const START_DATE_FIELD = 'customfield_10015';
export const REQUEST_PARTICIPANTS_FIELD = 'customfield_10026';
