// Names from the data on a page: English pages use the publisher's English name where given, else
// the Chinese name marked as Chinese; Chinese pages always the Chinese name.
import { describe, expect, it } from 'vitest';
import { shownDepartmentWithRegion, shownName } from '../../src/lib/names.ts';
import { regionSchema } from '../../src/lib/schema/region.ts';
import { departmentSchema } from '../../src/lib/schema/department.ts';

const linfen = { name: '临汾市', name_en: 'Linfen' };
const bureau = { name: '临汾市行政审批服务管理局', name_en: 'Linfen Administrative Approval Services Bureau' };

describe('shownName', () => {
  it('gives English pages the English name, unmarked', () => {
    expect(shownName(linfen, 'en')).toEqual({ text: 'Linfen' });
  });
  it('gives English pages the Chinese name, marked zh-CN, when there is no English name', () => {
    expect(shownName({ name: '临汾市' }, 'en')).toEqual({ text: '临汾市', lang: 'zh-CN' });
  });
  it('gives Chinese pages the Chinese name, unmarked, even with an English name', () => {
    expect(shownName(linfen, 'zh')).toEqual({ text: '临汾市' });
  });
});

describe('shownDepartmentWithRegion', () => {
  it('says the region before a Chinese short name that lacks it, and trusts the English name to say it', () => {
    expect(shownDepartmentWithRegion({ name: '晋城市' }, { name: '市审批局' }, 'zh').text).toBe('晋城市市审批局');
    expect(shownDepartmentWithRegion(linfen, bureau, 'zh').text).toBe('临汾市行政审批服务管理局');
    expect(shownDepartmentWithRegion(linfen, bureau, 'en')).toEqual({ text: 'Linfen Administrative Approval Services Bureau' });
    expect(shownDepartmentWithRegion(linfen, { name: '行政审批局' }, 'en')).toEqual({ text: '临汾市行政审批局', lang: 'zh-CN' });
  });
});

describe('name_en in region.yaml and department.yaml', () => {
  it('is optional and must not be empty', () => {
    expect(regionSchema.safeParse({ name: '临汾市', level: 'city' }).success).toBe(true);
    expect(regionSchema.safeParse({ name: '临汾市', name_en: 'Linfen', level: 'city' }).success).toBe(true);
    expect(regionSchema.safeParse({ name: '临汾市', name_en: '', level: 'city' }).success).toBe(false);
    expect(departmentSchema.safeParse({ name: '临汾市行政审批服务管理局', name_en: '' }).success).toBe(false);
  });
});
