// Benchmark role files, generated from the 1,110 O*NET occupations of ../shared/data
// (SHARED_DIR overrides). Includes information from the O*NET database by USDOL/ETA,
// used under CC BY 4.0.
//
// Each role is a real occupation (title, summary) with skills and responsibilities drawn
// deterministically (seeded PRNG) from the fixed lists below, so that chips and search have
// real work to do and every run sees the same bytes. For more than 1,110 roles the
// occupations repeat with a suffixed id ("…-chief-executives~2") and fresh skills.
//
// Run: node bench/gen-roles.mjs 1000 10000   (writes bench/out/data/roles-N.json)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(here, "out", "data");

// About 60 skills in six categories. Skills are plain strings in the files: the widget shows
// no category on a chip, and { name, category } objects would push 10,000 roles over the
// widget's 5 MB limit for role files.
export const SKILLS = {
  "Technical": ["SQL", "Spreadsheets", "Programming", "Data analysis", "Networking", "Troubleshooting",
    "Technical writing", "CAD", "Quality control", "Equipment maintenance", "Electronic records"],
  "Management": ["Budgeting", "Scheduling", "Team leadership", "Hiring", "Project planning",
    "Negotiation", "Risk management", "Vendor management", "Strategic planning", "Coaching"],
  "Working with people": ["Customer service", "Teaching", "Public speaking", "Active listening",
    "Conflict resolution", "Teamwork", "Persuasion", "Caregiving", "Interviewing", "Sales"],
  "Domain knowledge": ["Health and safety", "Accounting", "Law and regulation", "Medicine",
    "Engineering", "Biology", "Chemistry", "Physics", "Mathematics", "Logistics", "Food safety"],
  "Practical skills": ["Manual dexterity", "Operating machinery", "Driving", "Repairing", "Inspecting",
    "Physical stamina", "Hand tools", "Cleaning", "Record keeping"],
  "Creative": ["Design", "Writing", "Photography", "Music", "Drawing", "Editing", "Storytelling",
    "Branding", "Visual arts"],
};
const ALL_SKILLS = Object.values(SKILLS).flat();

// Short duties, completed with one of the role's skills.
const DUTIES = ["Use {s} in daily work", "Keep up to date with {s}", "Train new staff in {s}",
  "Report to supervisors on {s}", "Plan the week's work around {s}", "Check others' work for {s}",
  "Apply {s} to new problems", "Document procedures involving {s}"];

// mulberry32: a tiny seeded PRNG, so the files are identical on every machine.
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function occupations() {
  const file = process.env.SHARED_DIR
    ? join(process.env.SHARED_DIR, "data", "onet-occupations.json")
    : join(here, "..", "..", "shared", "data", "onet-occupations.json");
  return JSON.parse(readFileSync(file, "utf8"));
}

// The skill categories each SOC major group mostly draws from.
const GROUP_CATEGORIES = {
  11: ["Management", "Working with people"], 13: ["Domain knowledge", "Management"],
  15: ["Technical"], 17: ["Technical", "Domain knowledge"], 19: ["Domain knowledge", "Technical"],
  21: ["Working with people"], 23: ["Domain knowledge", "Working with people"],
  25: ["Working with people", "Creative"], 27: ["Creative"],
  29: ["Domain knowledge", "Working with people"], 31: ["Working with people", "Practical skills"],
  33: ["Practical skills", "Working with people"], 35: ["Practical skills", "Domain knowledge"],
  37: ["Practical skills"], 39: ["Working with people", "Practical skills"],
  41: ["Working with people", "Management"], 43: ["Technical", "Management"],
  45: ["Practical skills", "Domain knowledge"], 47: ["Practical skills", "Technical"],
  49: ["Practical skills", "Technical"], 51: ["Practical skills", "Technical"],
  53: ["Practical skills", "Domain knowledge"], 55: ["Practical skills", "Management"],
};

// Skills of one role: mostly from its group's categories (so chips have very different
// counts, as in real data), the rest from anywhere.
function pickSkills(random, group) {
  const local = (GROUP_CATEGORIES[Number(group)] ?? Object.keys(SKILLS)).flatMap((c) => SKILLS[c]);
  const count = 4 + Math.floor(random() * 3); // 4 to 6
  const picked = new Set();
  while (picked.size < count) {
    const pool = random() < 0.75 ? local : ALL_SKILLS;
    picked.add(pool[Math.floor(random() * pool.length)]);
  }
  return [...picked];
}

// "Data analysis" -> "data analysis", but "SQL" and "CAD" stay.
const lowerCase = (skill) => (/^[A-Z]{2}/.test(skill) ? skill : skill.toLowerCase());

function role(occupation, copy, random) {
  const skills = pickSkills(random, occupation.major_group);
  const duties = 1 + Math.floor(random() * 2); // 1 or 2
  const responsibilities = Array.from({ length: duties }, (_, k) =>
    DUTIES[Math.floor(random() * DUTIES.length)].replace("{s}", lowerCase(skills[k])));
  return {
    id: copy === 0 ? occupation.id : `${occupation.id}~${copy + 1}`,
    title: occupation.title,
    summary: occupation.summary,
    responsibilities,
    skills,
  };
}

// `count` roles: up to 1,110 an even spread of the occupations, beyond that repeats.
export function generateRoles(count) {
  const all = occupations();
  const random = prng(count);
  const roles = [];
  for (let i = 0; i < count; i++) {
    const index = count <= all.length ? Math.floor((i * all.length) / count) : i % all.length;
    roles.push(role(all[index], Math.floor(i / all.length), random));
  }
  return {
    version: 1,
    title: `${count.toLocaleString("en")} occupations`,
    source: {
      title: "O*NET OnLine (includes information from the O*NET database by USDOL/ETA, used under CC BY 4.0)",
      url: "https://www.onetonline.org/",
    },
    roles,
  };
}

// Writes roles-N.json (compact, as a site would serve it) and returns its path.
export function writeRoles(count) {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `roles-${count}.json`);
  writeFileSync(path, JSON.stringify(generateRoles(count)));
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const arg of process.argv.slice(2)) {
    const path = writeRoles(Number(arg));
    console.log(`${path}: ${readFileSync(path).length.toLocaleString("en")} bytes`);
  }
}
