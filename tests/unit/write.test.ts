import { levelFromName } from '../../src/ingest/write';

// Places the gazetteer does not know get a level from their names (the contract's levels only).
describe('levelFromName', () => {
  it.each([
    ['固始县', 'COUNTY'],
    ['东城区', 'DISTRICT'],
    ['城关镇', 'DISTRICT'],
    ['陈桥乡', 'DISTRICT'],
    ['解放路街道', 'DISTRICT'],
    ['安阳高新区', 'ZONE'],
    ['鹤壁经济技术开发区', 'ZONE'],
    ['长垣市', 'CITY'],
    ['山西省', 'PROVINCE'],
  ])('%s is a %s', (name, level) => {
    expect(levelFromName(name)).toBe(level);
  });
});
