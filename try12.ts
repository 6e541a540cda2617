import { readFileSync } from 'node:fs';
import { cutFragments } from './scripts/ingest/columns/cut-fragments.ts';
import { joinScore } from './scripts/ingest/columns/join-score.ts';
const lines = readFileSync('content/raw/002_ad48e940f6265c93.txt', 'utf8').split('\n').slice(16, 125);
const frags = lines.flatMap((l) => (cutFragments(l)?.fragments ?? [l.trim()]).filter(Boolean));
const show = (target: string, incoming: boolean) => {
  const t = frags.find((x) => x.startsWith(target) || x.endsWith(target))!;
  const rows = frags.map((f) => ({ f, s: incoming ? joinScore(f, t) : joinScore(t, f) })).sort((a, b) => b.s - a.s).slice(0, 4);
  console.log(incoming ? '→' : '', target, rows.map((r) => `${r.s} ${incoming ? r.f.slice(-8) : r.f.slice(0, 8)}`));
};
show('航专项行动。', true); show('展科技保险业务等。', true); show('投贷联动模式,开', false); show('国家试点示范园区', true); show('开展知识产权护', false);
show('资路演服务中心', true); show('制定出台技术转移', false);
console.log(joinScore('试"小股权+大债权"投贷联动模式,开', '国家试点示范园区、国家知识产权示范'), joinScore('高质量专利培育中心, 开展知识产权护', '七是完善知识产权战略体系, 创建'), joinScore('展科技保险业务等。', '航专项行动。'));
console.log('zz', joinScore('完善配套落实政策,制定出台技术转移', '资路演服务中心淮海分中心等银企对接'), joinScore('市科技金融服务中心、江苏科技企业融', '资路演服务中心淮海分中心等银企对接'));
console.log('yy', joinScore('2015年10月17日, 徐州软件', '园牵手北京中关村,成立了徐州·'));
console.log('xx', joinScore('的对象为在徐院士、国家级领军人', '才、"万人专家",第五期省"333'));
