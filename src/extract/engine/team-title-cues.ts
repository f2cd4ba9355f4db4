/**
 * A line name before an organisation's unit or a team (mentions.ts): the unit's or the team's name, not a model.
 */

export const TEAM_TITLE_WORD = /리더|팀장|랩장|실장|본부장|센터장|그룹장|부문장|센터|사업부|사업단|추진단|태스크포스|TF/;
// "A.X 센터의 센터장", "카나나 사업부를 신설", "'A.X 모델랩장'으로": a bare line name before an organisation's unit names the unit, not a model
export const TEAM_TITLE_AFTER = /^['"’”]?\s(?:[가-힣A-Za-z]{0,6}(?:리더|팀장|랩장|실장|본부장|센터장|그룹장|부문장)(?=['"’”]|은|는|이|가|의|도|으로|로|을|를|에|,|\s|$)|(?:센터|사업부|사업단|추진단|태스크포스|TF)(?=은|는|이|가|의|도|를|을|에|로|으로|장|,|\s|$))/;

export const FAMILY_TEAM_AFTER = /^['"’”]?\s?팀(?=의|은|는|이|가|에서|\s)/;

/** A word that ends on a unit head's post ("카나나랩장", "검색팀장"): a title, not an organisation (discover-persons.ts). */
export const UNIT_HEAD_WORD = /[가-힣A-Za-z](?:랩장|팀장|실장|본부장|센터장|그룹장|부문장|연구소장)$/;
/** A word that ends on a team's or a part's suffix ("평가파트", "검색팀", "AI사업본부"): before a rank, the person's unit, no company (discover-persons.ts). */
export const UNIT_WORD = /[가-힣A-Za-z0-9](?:팀|파트|본부|사업부)$/;
